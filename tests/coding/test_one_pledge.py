"""Acts promised, agreed on or threatened together under one verb are one announcement, one record; acts
told as done stay listed one by one, and a conjunct with a subject of its own is another announcement.
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.one_pledge import ONE_PLEDGE
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in events_of(pipeline, text, PUBLISHED_ON)
    ]


def test_a_threat_of_two_measures_is_one_threat(pipeline: Pipeline) -> None:
    text = (
        "LISBON, May 5 (Wire) - Portugal threatened on Wednesday to expel Morocco's military attache and "
        "halt joint fishery talks with Rabat unless the quotas are restored."
    )
    assert _coded(pipeline, text) == [("PRT", "MAR", "1313")]
    (event,) = events_of(pipeline, text, PUBLISHED_ON)
    assert ONE_PLEDGE in event.evidence.steps


def test_measures_told_as_done_stay_two(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 5 (Wire) - Chile recalled its ambassador from Quito and suspended flights to Ecuador "
        "on Wednesday."
    )
    assert _coded(pipeline, text) == [("CHL", "ECU", "161"), ("CHL", "ECU", "160")]


def test_a_loan_and_engineers_pledged_together_are_one_pledge(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 5 (Wire) - Chile said on Wednesday it would lend Ecuador $200 million and send army "
        "engineers to rebuild its bridges."
    )
    assert _coded(pipeline, text) == [("CHL", "ECU", "0331")]
