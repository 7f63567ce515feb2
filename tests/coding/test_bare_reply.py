"""A party that says it will respond, naming nothing it answers and no way of answering, threatens a reply
in kind (130); a reply to something named or in a calm way is no threat. Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.retaliation import BARE_REPLY
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.source.country) for e in events_of(pipeline, text, PUBLISHED_ON)]


def test_a_bare_reply_after_a_measure_threatens(pipeline: Pipeline) -> None:
    text = "Chile's foreign ministry called the expulsions a mistake and said it would respond."
    assert ("130", "CHL") in _codes(pipeline, text)
    (threat,) = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo == "130"]
    assert BARE_REPLY in threat.evidence.steps


def test_a_reply_soon_threatens(pipeline: Pipeline) -> None:
    text = "Uruguay's government called the ban hostile and said it would react soon."
    assert ("130", "URY") in _codes(pipeline, text)


def test_a_calm_reply_or_one_to_a_proposal_is_no_threat(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "Peru said it would respond calmly.") == []
    assert _codes(pipeline, "Peru said it would respond to the proposal next week.") == []
