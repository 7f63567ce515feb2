"""An act told twice in one sentence, by a participle that glosses it or by the deed of an assault, is one
record; a participle with a subordinator of its own, or acts of another root, stay apart. Sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import coded, events_of

from newsevents.coding.told_twice import ASSAULT_DEED, GLOSSED_ACT
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def test_a_glossing_participle_is_the_same_refusal(pipeline: Pipeline) -> None:
    text = (
        "MINSK, May 5 (Wire) - Belarus will not extradite the former Lithuanian defence minister, its "
        "foreign ministry said on Wednesday, rejecting a request from Vilnius."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e.cameo[:2] for e in events] == ["12"]
    assert GLOSSED_ACT in events[0].evidence.steps


def test_stormed_and_killed_is_one_assault(pipeline: Pipeline) -> None:
    text = (
        "NIAMEY, May 5 (Wire) - Malian gunmen stormed a police post in western Niger on Wednesday and killed "
        "eleven officers."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("MLI", "NER")]
    assert ASSAULT_DEED in events[0].evidence.steps


def test_two_measures_told_as_done_stay_two(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 5 (Wire) - Chile recalled its ambassador from Quito and suspended flights to Ecuador "
        "on Wednesday."
    )
    assert coded(pipeline, text, PUBLISHED_ON) == [("161", "CHL", "ECU"), ("160", "CHL", "ECU")]
