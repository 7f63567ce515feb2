"""Backstory that is no event of the report: a body named by the states that founded it ("The pact, formed
by Lima and Quito, said ...") and prospecting told with "explore" (no investigation). The founding told as
the clause's own verb stays an event. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def test_a_body_named_by_its_founders_is_no_founding(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 8 (Wire) - The Andean Alliance, formed by Peru, Ecuador and Bolivia, "
        "criticised Chile on Monday for cutting gas exports."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.cameo.startswith("05")] == []
    assert [e.cameo[:2] for e in events] == ["11"]


def test_a_founding_told_by_the_main_verb_stays(pipeline: Pipeline) -> None:
    text = "QUITO, March 8 (Wire) - Peru and Ecuador formed an alliance with Bolivia on Monday."
    assert [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo.startswith("05")] != []


def test_prospecting_is_no_investigation(pipeline: Pipeline) -> None:
    for text in (
        "LIMA, March 8 (Wire) - Peru's president ordered the state energy firm on Monday to grant licences "
        "to explore for oil and gas in a region Ecuador claims.",
        "LIMA, March 8 (Wire) - Peru licensed a Canadian firm on Monday to explore the disputed area.",
    ):
        assert [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo.startswith("09")] == []


def test_forecasts_and_deliberation_are_no_events(pipeline: Pipeline) -> None:
    for text in (
        "LIMA, March 8 (Wire) - Peru said on Monday it expected fair treatment for its fishermen in Chile.",
        "LIMA, March 8 (Wire) - Peru said on Monday it was still weighing whether to let a Chilean firm bid.",
    ):
        assert events_of(pipeline, text, PUBLISHED_ON) == []
