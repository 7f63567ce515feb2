"""A clause's subject or verb swallowed by the date phrase before it (coding/dated_verb.py, called by
coding/reattach.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import dated_verb
from newsevents.pipeline import Pipeline


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (e.cameo, e.source.code, e.target.code if e.target else None, e.evidence.trigger)
        for e in events_of(pipeline, text, "2015-06-10")
    ]


def _mended(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    doc = pipeline.stages.get_pipe("newsevents_reattach")(pipeline.nlp(text))
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_a_subject_coordinated_with_a_date_is_given_back_to_its_verb(pipeline: Pipeline) -> None:
    text = "The siege was lifted on Sunday and rebel fighters released the hostages."
    words = _mended(pipeline, text)
    assert words["fighters"] == ("nsubj", "released")
    assert words["released"] == ("conj", "lifted")
    assert words["Sunday"] == ("pobj", "on")
    assert any(found[3] == "released" for found in _found(pipeline, text))


def test_a_past_tense_read_as_an_adjective_after_a_date_is_the_verb(pipeline: Pipeline) -> None:
    text = "A Japan Coast Guard cutter on Friday fired water cannon at one of three Taiwanese fishing boats."
    words = _mended(pipeline, text)
    assert words["fired"] == ("ROOT", "fired")
    assert words["cutter"] == ("nsubj", "fired")
    assert words["cannon"] == ("dobj", "fired")
    assert [found[2:] for found in _found(pipeline, text)] == [("TWN", "fired")]


@pytest.mark.parametrize(
    "text",
    [
        # two dates coordinated: no clause's subject among them
        "The talks were held on Monday and Tuesday.",
        # the second clause has its own subject already
        "Talks resumed in Geneva on Tuesday and Serbian negotiators rejected the plan.",
        # a participle after a date stays an adjective
        "The army on Friday freed the detained reporters.",
    ],
)
def test_other_shapes_are_left_alone(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.nlp(text)
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    dated_verb.date_conjuncts(doc)
    dated_verb.dated_adjectives(doc)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before


def test_a_verb_after_the_subject_s_participle_phrase_heads_the_sentence(pipeline: Pipeline) -> None:
    # (coding/subject_root.py: the finite verb after the comma that closes the subject's participle
    # phrase, which the parser hung on the subject as a second participle)
    text = "The findings, published by the election authority, pointed to Moscow, citing hundreds of bots."
    words = _mended(pipeline, text)
    assert words["pointed"] == ("ROOT", "pointed")
    assert words["findings"] == ("nsubj", "pointed")
    assert words["published"] == ("acl", "findings")
