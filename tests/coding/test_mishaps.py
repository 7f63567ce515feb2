"""Happenings that are no act of a party (coding/mishaps.py, issue 10, ninth session, mishap): accidents,
games, everyday places shut, crowds celebrating; each beside a close act that stays coded. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.mishaps import ACCIDENT, mishap
from newsevents.pipeline import Pipeline

WEDNESDAY = "2021-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan airliner crashed near Nairobi airport on Tuesday, killing 40 passengers.",
        "A Kenyan ferry capsized off Mombasa on Tuesday, killing 30 people.",
        "A gas explosion killed 10 Kenyans in Nairobi on Tuesday.",
    ],
)
def test_an_accident_is_no_killing(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "trigger", "rule"),
    [
        ("A passenger train derailed on Tuesday, killing 50 people.", "killing", ACCIDENT),
        ("A hotel building collapsed and killed 12 workers.", "killed", ACCIDENT),
        ("The crash killed 40 passengers.", "killed", ACCIDENT),
        ("Soldiers were killed when their helicopter crashed in bad weather.", "killed", ACCIDENT),
        ("Soldiers were killed when militants attacked their convoy.", "killed", None),
        ("Militants crashed a truck into the gate, killing 20 people.", "killing", None),
        ("An explosion killed 10 people.", "killed", None),
    ],
)
def test_the_accident_shapes(pipeline: Pipeline, text: str, trigger: str, rule: str | None) -> None:
    tok = next(t for t in pipeline.nlp(text) if t.text == trigger)
    assert mishap(tok) == rule


def test_a_crash_made_by_a_party_is_still_an_attack(pipeline: Pipeline) -> None:
    text = (
        "Somali militants crashed a truck into the gate of the Kenyan ministry on Tuesday, killing 20 people."
    )
    assert [c[0] for c in coded(pipeline, text, WEDNESDAY)] == ["180"]


def test_an_explosion_not_told_as_an_accident_is_still_coded(pipeline: Pipeline) -> None:
    text = "NAIROBI (Wire) - An explosion killed 10 Kenyans in the capital Nairobi on Tuesday, police said."
    assert [c[0] for c in coded(pipeline, text, WEDNESDAY)] == ["183"]


def test_forces_defeating_rebels_still_fight_them(pipeline: Pipeline) -> None:
    text = "Pakistani police defeated the Taliban in the Swat valley on Tuesday."
    assert coded(pipeline, text, WEDNESDAY) == [("190", "PAK", "AFG")]


def test_a_game_won_defeats_no_party(pipeline: Pipeline) -> None:
    assert (
        coded(pipeline, "Ghana's national football team beat Nigeria in the final on Tuesday.", WEDNESDAY)
        == []
    )
    assert coded(pipeline, "Ghana's cricket side defeated Nigeria in Accra on Tuesday.", WEDNESDAY) == []


def test_police_beating_protesters_is_still_an_assault(pipeline: Pipeline) -> None:
    text = "Ghanaian police beat opposition protesters in Accra on Tuesday."
    assert coded(pipeline, text, WEDNESDAY) == [("182", "GHA", "GHA")]


def test_schools_shut_by_nobody_named_are_no_ban(pipeline: Pipeline) -> None:
    assert (
        coded(pipeline, "Schools and shops in Lahore were closed on Tuesday for the holiday.", WEDNESDAY)
        == []
    )


def test_schools_closed_by_a_government_stay_coded(pipeline: Pipeline) -> None:
    text = "The Pakistani government closed schools in Lahore on Tuesday."
    assert coded(pipeline, text, WEDNESDAY) == [("1721", "PAK", "PAK")]


def test_crowds_celebrating_praise_no_party(pipeline: Pipeline) -> None:
    text = "Crowds of Kenyans celebrated in the streets of Nairobi on Tuesday after the vote."
    assert coded(pipeline, text, WEDNESDAY) == []


def test_a_national_day_celebrated_keeps_its_row(pipeline: Pipeline) -> None:
    text = "Kurdish rebels celebrated independence day in Erbil on Tuesday."
    assert [c[0] for c in coded(pipeline, text, WEDNESDAY)] == ["017"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani firefighters battled the blaze in Karachi on Tuesday.",
        "Pakistani health workers battled the epidemic in Sindh on Tuesday.",
        "Pakistani rescue teams searched the rubble for survivors on Tuesday.",
        "Pakistani rescuers searched for survivors in Quetta on Tuesday.",
    ],
)
def test_rescue_and_firefighting_are_no_fight_nor_inquiry(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, WEDNESDAY) == []


def test_troops_battling_rebels_and_police_searching_offices_stay(pipeline: Pipeline) -> None:
    battle = "Pakistani troops battled Taliban fighters in Swat on Tuesday."
    assert coded(pipeline, battle, WEDNESDAY) == [("190", "PAK", "AFG")]
    search = "Pakistani police searched the offices of the opposition party on Tuesday."
    assert [c[0] for c in coded(pipeline, search, WEDNESDAY)] == ["090"]
