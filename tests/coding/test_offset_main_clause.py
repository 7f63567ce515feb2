"""Offsets counted from the right day (newsevents.when, newsevents.dateclause): "two days after X" parsed
onto an undated clause nested in the sentence counts from the main clause's date, and "on the same day" /
"on the next day" after "on" count from the story's main event like "the same day". Every sentence is
invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.date for e in events_of(pipeline, text, "2031-03-11") if e.evidence.trigger == trigger]


def test_offset_on_a_nested_clause_counts_from_the_main_clause(pipeline: Pipeline) -> None:
    # dateline Tuesday 11 March; the main clause is dated Sunday the 9th
    text = (
        "LOMÉ, March 11 (Wire) - Togolese troops moved into the hills on Sunday to hunt smugglers Accra "
        "says are hiding there, two days after Ghanaian jets bombed the area."
    )
    assert _dates(pipeline, text, "bombed") == ["2031-03-07"]


def test_offset_after_a_before_clause_counts_from_the_main_clause(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, March 11 (Wire) - Togo lifted its levy on Ghanaian goods late on Sunday, hours before the "
        "first payments were due, two days after Ghana broke off trade talks with Lomé."
    )
    assert _dates(pipeline, text, "broke") == ["2031-03-07"]


def test_offset_without_a_dated_main_clause_keeps_the_report_day(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, March 11 (Wire) - Togo recalled its envoy from Accra, two days after Ghanaian jets bombed "
        "a border post."
    )
    assert _dates(pipeline, text, "bombed") == ["2031-03-09"]


def test_on_the_same_day_takes_the_last_main_event_date(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, March 11 (Wire) - Togo ordered Ghana to close its consulate in Kara on Sunday. On the same "
        "day, Togolese prosecutors charged two Ghanaian nationals with spying."
    )
    assert _dates(pipeline, text, "charged") == ["2031-03-09"]


def test_on_the_next_day_counts_one_day_on(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, March 11 (Wire) - Protesters stormed the Ghanaian consulate in Kara on Sunday. Police "
        "arrested forty of them on the next day."
    )
    assert _dates(pipeline, text, "arrested") == ["2031-03-10"]
