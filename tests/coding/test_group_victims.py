"""Unnamed victims of an armed group's attack placed nowhere the gazetteer knows belong to the country the
story is filed from, not to the group's country or a later country of the sentence (target:group-victims),
on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding import group_victims
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _assaults(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in events_of(pipeline, text, "2015-09-22") if e.root in ("18", "19", "20")]


def test_a_groups_victims_are_not_its_own_country(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, Sept 22 (Wire) - Police fought on Sunday to end a siege at a hotel in the Kenyan capital, "
        "where Shabaab gunmen killed at least 40 people on Saturday."
    )
    hits = [e for e in _assaults(pipeline, text) if group_victims.GROUP_VICTIMS in e.evidence.steps]
    assert hits and hits[0].target is not None and hits[0].target.country == "KEN"


def test_a_later_country_of_the_sentence_is_not_the_victims(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW, March 23 (Wire) - The Kremlin said on Saturday that the gunmen who killed more than 100 "
        "people at the Zorba Arena concert hall had tried to escape to Ukraine."
    )
    found = [e for e in _assaults(pipeline, text) if e.target is not None]
    assert found and all(e.target is not None and e.target.country == "RUS" for e in found)


def test_a_bureau_abroad_keeps_the_victims(pipeline: Pipeline) -> None:
    text = "LONDON, May 3 (Wire) - Gunmen killed twelve villagers in Nigeria's north on Sunday, police said."
    for event in _assaults(pipeline, text):
        assert group_victims.GROUP_VICTIMS not in event.evidence.steps
        assert event.target is None or event.target.country != "GBR"


def test_a_states_attack_is_left_to_the_cross_border_rules(pipeline: Pipeline) -> None:
    text = "KABUL, May 3 (Wire) - Ruritanian troops killed nine shepherds on Sunday, Afghan officials said."
    for event in _assaults(pipeline, text):
        assert group_victims.GROUP_VICTIMS not in event.evidence.steps


def test_a_body_a_group_attacks_is_the_home_states(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI, Dec 14 (Wire) - India accused Pakistan-based militants on Friday of carrying out "
        "Thursday's attack on parliament."
    )
    hits = [e for e in _assaults(pipeline, text) if group_victims.GROUP_VICTIMS in e.evidence.steps]
    assert hits and hits[0].target is not None and hits[0].target.code == "INDLEG"


def test_a_capitalised_body_is_placed_the_same_way(pipeline: Pipeline) -> None:
    text = "NEW DELHI, Dec 14 (Wire) - India said on Friday that Pakistan-based gunmen attacked Parliament."
    hits = [e for e in _assaults(pipeline, text) if group_victims.GROUP_VICTIMS in e.evidence.steps]
    assert hits and hits[0].target is not None and hits[0].target.country == "IND"
