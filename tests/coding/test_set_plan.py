"""A verb of planning with nothing planned of its own, told in the passive or as a participle on another
act, is no intent; a plan with its own infinitive stays one. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _codes(pipeline: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in events_of(pipeline, text, PUBLISHED_ON)]


def test_raids_planned_by_a_team_are_no_intent(pipeline: Pipeline) -> None:
    text = (
        "RABAT, May 5 (Wire) - The raids on the smugglers were planned by a joint team of Spanish and "
        "Moroccan police, Morocco said on Wednesday."
    )
    assert not [c for c in _codes(pipeline, text) if c.startswith("03")]


def test_a_plan_with_its_own_infinitive_stays_an_intent(pipeline: Pipeline) -> None:
    text = (
        "LISBON, May 5 (Wire) - Portugal planned to send a trade mission to Morocco, the ministry said on "
        "Wednesday."
    )
    assert [c for c in _codes(pipeline, text) if c.startswith("03")]
