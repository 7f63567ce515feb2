"""Pairs in force posture (coding/co_actors.py, coding/mutual.py): a pair that sends forces to its own
shared border builds up against each other, one act each way; a pair sending forces to a third place
still acts side by side on it, and so do warplanes or warships a pair flies or sails together; planes
scrambled with no country word are the reporting state's (coding/posture.py). Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.co_actors import SHARED_FRONT
from newsevents.pipeline import Pipeline


def test_pair_moving_troops_to_their_border_face_each_other(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI, May 3 (Wire) - India and Pakistan moved tanks and troops to their common border on "
        "Monday after the attack on the parliament."
    )
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "moved"]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in found}
    assert pairs == {("IND", "PAK"), ("PAK", "IND")}, [e.evidence for e in found]
    assert all(SHARED_FRONT in e.evidence.steps for e in found)


def test_pair_moving_many_arms_to_their_border_face_each_other(pipeline: Pipeline) -> None:
    text = (
        "YEREVAN, May 3 (Wire) - Armenia and Azerbaijan moved artillery, rocket launchers and thousands of "
        "soldiers to their shared border on Monday in the worst tension for a decade, after the shooting "
        "of a border guard."
    )
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "moved"]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in found}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}, [e.evidence for e in found]


def test_pair_sending_troops_abroad_stays_side_by_side(pipeline: Pipeline) -> None:
    text = "PARIS, May 3 (Wire) - France and Britain sent troops to Mali on Monday."
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "sent"]
    assert {e.target.country if e.target else None for e in found} == {"MLI"}, [e.evidence for e in found]
    assert all(SHARED_FRONT not in e.evidence.steps for e in found)


def test_pair_flying_bombers_side_by_side_shows_force_to_a_third(pipeline: Pipeline) -> None:
    text = (
        "TOKYO, May 3 (Wire) - Two Chinese bombers and two Russian bombers flew jointly from the Sea of "
        "Japan to the East China Sea on Monday, Japan's defence ministry said."
    )
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "flew"]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in found}
    assert pairs == {("CHN", "JPN"), ("RUS", "JPN")}, [e.evidence for e in found]


def test_jets_scrambled_with_no_country_word_are_the_reporting_states(pipeline: Pipeline) -> None:
    """coding/posture.py: scrambled planes no phrase places are the forces of the state that reports it
    (coding/forces_owner.py), as moved brigades are."""
    text = (
        "MOSCOW, May 3 (Wire) - A U.S. drone approached the Russian border over the Black Sea on Monday. "
        "Fighter jets on duty were scrambled to identify the intruder, the defence ministry said."
    )
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "scrambled"]
    assert [(e.cameo, e.source.country) for e in found] == [("150", "RUS")], [e.evidence for e in found]
