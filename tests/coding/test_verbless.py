"""A verb the tagger read as a noun or an adjective, in a clause left with no verb, is mended into the
verb it is (coding/verbless.py, called by coding/reattach.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.verbless import mend_verbless
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timeline's present tense after "riot police": read as a noun compound "police fire tear gas"
        (
            "09:15 Kenyan riot police fire tear gas at students outside the university; dozens are treated.",
            [("175", "KENCOP", "KENEDU", "fire")],
        ),
        # a fronted date of such a clause is the mended verb's, not its subject's
        (
            "On Friday, Kenyan riot police fire tear gas at students outside the university.",
            [("175", "KENCOP", "KENEDU", "fire")],
        ),
        # the bare form after a phrase with "of": read as the noun of that phrase ("of the force land")
        (
            "The first Ghanaian soldiers of the peacekeeping force land at Monrovia airport.",
            [("074", "GHAMIL", "LBRGOV", "land")],
        ),
        # a past tense read as its object's modifier, in a sentence whose only finite verb is a relative's
        (
            "The European Union relaxed curbs on Iranian oil exports on Monday, issuing a licence that lets "
            "firms trade with the state company.",
            [("081", "IGOEUREEC", "IRN", "relaxed")],
        ),
    ],
)
def test_a_verb_read_as_a_noun_in_a_verbless_clause_is_coded(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    events = events_of(pipeline, text, "2015-06-10")
    found = [
        (e.cameo, e.source.code, e.target.code if e.target else None, e.evidence.trigger) for e in events
    ]
    assert found == expected


def test_the_mended_word_is_the_clause_verb_with_subject_and_object(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("09:15 Kenyan riot police fire tear gas at students outside the university.")
    mend_verbless(doc)
    verb = next(t for t in doc if t.lower_ == "fire")
    assert (verb.pos_, verb.tag_) == ("VERB", "VBP")
    assert {(c.dep_, c.lower_) for c in verb.children} >= {("nsubj", "police"), ("dobj", "gas")}


@pytest.mark.parametrize(
    "text",
    [
        # a credit line: the noun after the noun is the noun it seems
        "Media release, 12 March 2021.",
        # a clause with its own finite verb is left as parsed
        "Egyptian police fired tear gas at students outside the university.",
        # a noun compound of its own ("the peacekeeping FORCE") is no verb, even before one
        "The soldiers of the peacekeeping force arrived at Monrovia airport.",
    ],
)
def test_a_clause_with_a_verb_or_a_noun_phrase_is_left_alone(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.nlp(text)
    before = [(t.tag_, t.dep_, t.head.i) for t in doc]
    assert mend_verbless(doc) == 0
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == before
