"""A journey home is no visit (coding/flown_home.py): "flew home to Lisbon", "was flown home" name no
host; the same verb to a foreign capital stays a visit (042). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2023-03-15"


def _brief(events: list) -> list:
    return [(e.cameo, e.source.code, e.target.code if e.target else None, e.evidence.trigger) for e in events]


def test_flying_home_is_no_visit(pipeline: Pipeline) -> None:
    for text in (
        "LISBON, March 14 (Wire) - The Portuguese sailor held in Venezuela flew home to Lisbon on Tuesday.",
        "OSLO, March 14 (Wire) - Two Norwegian aid workers freed in Mali were flown home on Tuesday.",
    ):
        events = events_of(pipeline, text, PUBLISHED_ON)
        assert not [e for e in events if e.cameo == "042"], (text, _brief(events))


def test_flying_to_a_foreign_capital_stays_a_visit(pipeline: Pipeline) -> None:
    text = "LISBON, March 14 (Wire) - Portugal's foreign minister flew to Caracas on Tuesday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.cameo == "042"], _brief(events)


def test_a_visit_noun_restating_the_way_home_is_no_visit(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 14 (Wire) - Three Peruvians held by Chilean police since 1990 flew home to Lima on "
        "Tuesday, their first visit in 30 years."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.cameo == "042"], _brief(events)
