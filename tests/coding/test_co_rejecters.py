"""Coordinated subjects of a refusal or rejection turn down a third party's proposal side by side
(coding/co_actors.py, reject_verbs in co_actors.toml): neither is the other's target, and the pair's
target is the party whose proposal they reject; a pair rejecting each other's plans stays reciprocal.
Sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.co_actors import CO_ACTORS
from newsevents.pipeline import Pipeline


def _rejections(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, bool]]:
    return [
        (e.source.country, e.target.country if e.target else None, CO_ACTORS in e.evidence.steps)
        for e in events_of(pipeline, text, "2024-03-06")
        if e.root == "12"
    ]


def test_a_pair_refusing_a_draft_turns_down_its_author_not_each_other(pipeline: Pipeline) -> None:
    text = (
        "UNITED NATIONS, March 5 (Wire) - Washington circulated a draft resolution authorising force on "
        "Monday. France and Russia refused on Tuesday to back the draft."
    )
    assert _rejections(pipeline, text) == [("FRA", "USA", True), ("RUS", "USA", True)]


def test_a_pair_rejecting_an_idea_rejects_its_proposer(pipeline: Pipeline) -> None:
    text = (
        "PARIS, May 9 (Wire) - The French foreign minister proposed sending aid by force. China and Russia "
        "rejected the idea on Friday."
    )
    found = _rejections(pipeline, text)
    assert ("CHN", "FRA", True) in found and ("RUS", "FRA", True) in found
    assert not [f for f in found if f[:2] in (("CHN", "RUS"), ("RUS", "CHN"))]


def test_a_pair_rejecting_each_others_proposals_stays_reciprocal(pipeline: Pipeline) -> None:
    found = _rejections(pipeline, "Israel and Hamas rejected each other's proposals on Friday.")
    assert found and all(not co for _, _, co in found)
    assert ("ISR", "PSE", False) in found


def test_a_pair_saying_it_will_not_recognise_a_government_refuses_it_side_by_side(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 4 (Wire) - Soldiers seized power in Chad on Friday. Sweden and Norway said they "
        "would not recognise the new military government."
    )
    found = _rejections(pipeline, text)
    assert ("SWE", "TCD", True) in found and ("NOR", "TCD", True) in found
    assert not [f for f in found if f[:2] in (("SWE", "NOR"), ("NOR", "SWE"))]


def test_a_pair_that_will_not_meet_each_other_stays_reciprocal(pipeline: Pipeline) -> None:
    found = _rejections(pipeline, "Sweden and Norway said they would not meet each other this year.")
    assert all(not co for _, _, co in found)
