"""A calendar date written before the noun it dates ("the March 3, 1992 bombing") is one date: the parser
may hang the year on the noun, and cutting the date at its comma read the day in the report's year and
the year apart, so the one act was drafted twice (newsevents/dateclause.py, ``comma_parts``). Sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def test_a_dated_attack_noun_gives_one_event_on_its_day(pipeline: Pipeline) -> None:
    text = "BUENOS AIRES, June 9 (Wire) - The March 3, 1992 bombing of the embassy killed 29 people."
    events = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "18"]
    assert [e.date for e in events] == ["1992-03-03"]


def test_a_day_and_an_offset_after_a_comma_stay_apart(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, June 9 (Wire) - Kenyan police arrested the opposition leader on Saturday, two days after "
        "the election."
    )
    events = [e for e in events_of(pipeline, text, "2015-06-10") if e.root == "17"]
    assert [e.date for e in events] == ["2015-06-06"]
