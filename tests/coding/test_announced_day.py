"""An announced decision coded as the announcement is dated by the day it was announced, not by the day
the act is to take effect; a meeting to come keeps the meeting's day. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.announceday import ANNOUNCED_DAY
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-08"


def _dated(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.date) for e in events_of(pipeline, text, PUBLISHED_ON)]


def test_an_announced_reopening_is_dated_by_the_announcement(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 7 (Wire) - Ecuador will reopen its main border crossing with Peru on Monday, the "
        "government said on Friday."
    )
    assert _dated(pipeline, text) == [("0351", "2021-05-07")]
    (event,) = events_of(pipeline, text, PUBLISHED_ON)
    assert ANNOUNCED_DAY in event.evidence.steps


def test_a_meeting_to_come_keeps_its_day(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 7 (Wire) - The presidents of Ecuador and Peru will meet in Loja on Monday, officials "
        "said on Friday."
    )
    assert [d for _, d in _dated(pipeline, text)] == ["2021-05-10"]


def test_an_announcement_with_no_day_of_its_own_keeps_the_acts_day(pipeline: Pipeline) -> None:
    text = "QUITO, May 7 (Wire) - Ecuador will reopen its main border crossing with Peru on Monday."
    assert _dated(pipeline, text) == [("0351", "2021-05-10")]
