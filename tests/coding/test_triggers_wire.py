"""The trigger stage on the shapes wire reports use: judgements, generic verbs that need a fitting object,
phrasal verbs the parser splits, carrier nouns, states coming into being and the common verbs of each
root. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import kept_triggers
from spacy.tokens import Doc

from newsevents.coding import judgement, triggers
from newsevents.pipeline import Pipeline


def _triggers(pipeline: Pipeline, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return kept_triggers(pipeline, text)


def _codes(pipeline: Pipeline, text: str) -> list[str]:
    return [code for _word, code, _steps in _triggers(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lisbon called the tariff plan reckless.", "111"),
        ("The foreign minister called the proposal a dangerous provocation.", "111"),
        ("The president called the border agreement a historic step.", "051"),
        ("The opposition called the election result a sham.", "111"),
    ],
)
def test_called_x_y_is_a_judgement_not_a_telephone_call(pipeline: Pipeline, text: str, code: str) -> None:
    found = _triggers(pipeline, text)
    assert [(w, c) for w, c, _s in found] == [(found[0][0], code)]
    assert judgement.CALLED_JUDGEMENT in found[0][2]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ankara said the court's ruling had no legal standing.", "111"),
        ("Tehran said the embargo was unwarranted and illegal.", "111"),
        ("Observers said the vote was neither free nor fair.", "111"),
        ("Canberra said the agreement was a constructive step.", "051"),
    ],
)
def test_reported_judgement_by_tone(pipeline: Pipeline, text: str, code: str) -> None:
    found = _triggers(pipeline, text)
    assert [(w, c) for w, c, _s in found] == [("said", code)]
    assert judgement.REPORTED_JUDGEMENT in found[0][2]


def test_a_reported_clause_with_no_judgement_is_no_event(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "Tehran said the envoy was in Geneva on Monday.") == []


def test_a_call_to_an_actor_is_a_telephone_call(pipeline: Pipeline) -> None:
    found = _triggers(pipeline, "President Macron called Lula on Tuesday.")
    assert [(w, c) for w, c, _s in found] == [("called", "041")]
    assert triggers.ACTOR_OBJECT_RULE in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "The new interior minister took office on Monday.",
        "The council gathered in the old town hall.",
        "Hundreds of people died in the floods.",
    ],
)
def test_generic_verbs_alone_code_nothing(pipeline: Pipeline, text: str) -> None:
    assert _codes(pipeline, text) == []


def test_a_generic_verb_lets_its_event_noun_decide(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "The ministry issued a denial on Friday.") == ["016"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The interior minister stepped down on Friday.", "0831"),
        ("The troops pulled back from the frontier.", "0874"),
    ],
)
def test_particle_taken_for_an_adverb_makes_a_phrasal_verb(pipeline: Pipeline, text: str, code: str) -> None:
    found = _triggers(pipeline, text)
    assert [c for _w, c, _s in found] == [code]
    assert triggers.PARTICLE_ADVERB in found[0][2]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bogota broke off diplomatic ties with Caracas.", "161"),
        ("Khartoum handed over the suspect to Paris.", "063"),
        ("Ottawa put off new duties on Chinese steel.", "085"),
        ("A ceasefire came into force on Monday.", "0871"),
        ("The truce took hold in the northern provinces.", "0871"),
        ("The assembly approved funds for Kyiv.", "070"),
        ("The senate passed a military assistance bill for Taipei.", "072"),
        ("Gunmen shot dead two policemen in Kano.", "180"),
        ("Hanoi refused entry to the inspectors.", "120"),
        ("The army seized power in Niamey.", "170"),
        ("Teachers staged a sit-in outside the ministry.", "141"),
        ("Islamabad opened its airspace to American warplanes.", "062"),
        ("Seoul suspended military cooperation with Tokyo.", "160"),
        ("Riyadh ordered the ambassador to leave within 48 hours.", "161"),
        ("Berlin voiced misgivings about the deal.", "110"),
    ],
)
def test_wire_expressions(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipeline, text)


def test_carrier_noun_takes_its_modifiers_event(pipeline: Pipeline) -> None:
    found = _triggers(pipeline, "Relief convoys for the province crossed from Chad.")
    carried = [(w, c) for w, c, steps in found if triggers.CARRIER_NOUN in steps]
    assert carried == [("convoys", "073")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Commandos recaptured him in the mountain town.", "173"),
        ("Security forces seized opposition leader Maria Kolesnikova in Minsk.", "173"),
        ("The explosion killed the former prime minister.", "186"),
        ("Abiy gave the rebel leadership a 72-hour ultimatum.", "139"),
        ("Some 4,000 dock crane drivers walked out on Friday.", "143"),
    ],
)
def test_object_and_subject_kinds_decide_the_code(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipeline, text)


def test_a_one_word_place_the_parser_takes_for_a_person_is_no_arrest(pipeline: Pipeline) -> None:
    assert "173" not in _codes(pipeline, "Rebels seized Goma on Monday.")


def test_a_participle_describing_a_noun_is_no_trigger(pipeline: Pipeline) -> None:
    # "suspected" alone would be an accusation (110)
    assert "110" not in _codes(pipeline, "Police questioned the suspected militants.")


def test_a_reported_judgement_is_one_criticism(pipeline: Pipeline) -> None:
    text = "Ankara condemned the raid. Tehran said the Turkish raid was reckless and illegal."
    doc: Doc = pipeline.nlp(text)
    doc._.ne_article = "t"
    doc._.ne_published = dt.date(2021, 3, 10)
    for _name, stage in pipeline.stages.pipeline:
        doc = stage(doc)
    said = [e for e in doc._.ne_events if e.source.country == "IRN"]
    assert [e.cameo for e in said] == ["111"]
