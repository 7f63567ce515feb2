"""A state's soldier captured with no captor named, just after another state's attack on it, was taken by
the attacker's forces (coding/captured_in_fight.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.captured_in_fight import CAPTOR_IN_FIGHT
from newsevents.pipeline import Pipeline


def test_pilot_captured_after_his_jet_was_downed(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI, May 4 (Wire) - Pakistani fighters shot down an Indian jet over Kashmir on Tuesday. "
        "Its pilot, Wing Commander Ravi Kumar, was captured."
    )
    events = events_of(pipeline, text, "2021-05-04")
    captured = [e for e in events if CAPTOR_IN_FIGHT in e.evidence.steps]
    assert len(captured) == 1
    assert captured[0].source.country == "PAK"
    assert captured[0].target is not None and captured[0].target.country == "IND"


def test_a_soldier_arrested_at_home_with_no_attack_stays_home(pipeline: Pipeline) -> None:
    text = "NEW DELHI, May 4 (Wire) - An Indian army officer was arrested on Tuesday for taking bribes."
    events = events_of(pipeline, text, "2021-05-04")
    assert all(CAPTOR_IN_FIGHT not in e.evidence.steps for e in events)
