"""Weapons as the subject of a verb of striking (ne.violence rows) and their repeat with "the" after the
attack that fired them (select:told-weapon), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_shells_of_a_state_hitting_a_school_abroad_are_its_attack(pipeline: Pipeline) -> None:
    text = "HANOI, May 3 (Wire) - Chinese shells hit a school in the Vietnamese province of Cao Bang."
    hit = by_trigger(events_of(pipeline, text, "2021-05-03"))["hit"][0]
    assert hit.root == "19"
    assert hit.source.country == "CHN"
    assert hit.target is not None and hit.target.country == "VNM"


def test_weapons_named_again_after_their_attack_make_no_second_event(pipeline: Pipeline) -> None:
    text = (
        "ERBIL, Iraq, May 3 (Wire) - Iran fired eight ballistic missiles at a base in northern Iraq on "
        "Sunday. The missiles hit a hangar and a fuel depot."
    )
    events = by_trigger(events_of(pipeline, text, "2021-05-03"))
    assert "fired" in events
    assert "hit" not in events


def test_an_indefinite_weapon_after_an_attack_is_news(pipeline: Pipeline) -> None:
    text = (
        "ERBIL, Iraq, May 3 (Wire) - Iran fired eight ballistic missiles at a base in northern Iraq on "
        "Sunday. On Monday rockets hit a hangar near the airport."
    )
    assert "hit" in by_trigger(events_of(pipeline, text, "2021-05-03"))
