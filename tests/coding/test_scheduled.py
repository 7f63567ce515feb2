"""A meeting or visit told as scheduled ("is to meet", "is due to visit") is the meeting (04x), dated
forwards; a party's own intention to meet ("plans to", "agreed to", "offered to") stays an intent (036).
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.scheduled import SCHEDULED_MEETING
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None, e.date)
        for e in events_of(pipeline, text, PUBLISHED_ON)
    ]


def test_a_meeting_on_the_calendar_is_the_meeting_dated_forwards(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Peru's president is to meet Bolivia's president in Cusco on Friday."
    assert _coded(pipeline, text) == [("040", "PER", "BOL", "2021-05-07")]
    (event,) = events_of(pipeline, text, PUBLISHED_ON)
    assert SCHEDULED_MEETING in event.evidence.steps


def test_a_visit_due_is_the_visit(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Peru's foreign minister is due to visit La Paz on Monday."
    assert _coded(pipeline, text) == [("042", "PER", "BOL", "2021-05-10")]


def test_a_plan_to_visit_stays_an_intention(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Peru's foreign minister plans to visit La Paz on Monday."
    assert [c[0] for c in _coded(pipeline, text)] == ["036"]


def test_an_offer_to_meet_stays_an_intention(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Peru's president offered on Wednesday to meet Bolivia's president."
    assert [c[0] for c in _coded(pipeline, text)] == ["036"]
