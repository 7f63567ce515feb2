"""Gold events the coder gave no candidate for (issue 10, fourteenth session, helper errmiss): acts of force
told as the manner of a reply ("responded with air strikes"), joining combat against a party, and troop
movements with the forces as the subject ("troops deployed around ...", "soldiers moved onto ...").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, coded_with_roles, events_of

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru responded with air strikes on rebel camps in Ecuador.", ("195", "PER", "MIL", "ECU")),
        ("Turkey hit back on Monday with air strikes on targets in Syria.", ("195", "TUR", "MIL", "SYR")),
        (
            "Armenia answered on Friday with drone strikes on Azerbaijani positions.",
            ("195", "ARM", "MIL", "AZE"),
        ),
    ],
)
def test_replied_with_act_of_force(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    """The act in the 'with' phrase of a verb of answering is the replying state's (its military's)."""
    events = coded_with_roles(pipeline, text, PUBLISHED)
    assert expected in events, events
    assert any("source:replied-with" in e.evidence.steps for e in events_of(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        # a passive reply names no replying party: the marchers did not make the tear gas
        "The march in Lagos was met with tear gas on Monday.",
        # a 'with' phrase of another verb is no reply
        "Colombia agreed with Peru on air strikes against the cartels.",
    ],
)
def test_no_reply_no_maker(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, PUBLISHED)
    assert not any("source:replied-with" in e.evidence.steps for e in events), events


def test_joined_combat_against(pipeline: Pipeline) -> None:
    """Joining combat against a party's forces is fighting it (190), not joining an ally (062)."""
    events = coded(pipeline, "Some Belarusian soldiers had joined combat against Polish forces.", PUBLISHED)
    assert ("190", "BLR", "POL") in events, events
    assert not any(c == "062" for c, _s, _t in events), events


def test_joined_fight_against_an_ill_is_no_combat(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Chile joined the fight against corruption on Monday.", PUBLISHED)
    assert not any(c.startswith("19") for c, _s, _t in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egyptian troops deployed around the ministry on Monday.", ("154", "EGY")),
        ("The Kenyan army deployed along the border on Sunday.", ("154", "KEN")),
        ("Indian soldiers moved onto the ridge on Tuesday.", ("154", "IND")),
    ],
)
def test_forces_deploying(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    """Forces that deploy or move onto ground with no object are a deployment (154) by their state."""
    events = coded(pipeline, text, PUBLISHED)
    assert expected in [(c, s) for c, s, _t in events], events


@pytest.mark.parametrize(
    "text",
    [
        "The new software was deployed in Kenyan schools on Monday.",
        "The Kenyan ministers moved onto the next item on Monday.",
    ],
)
def test_no_forces_no_deployment(pipeline: Pipeline, text: str) -> None:
    assert not any(c.startswith("15") for c, _s, _t in coded(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'on' taken for the particle of 'put', 'alert' for its object
        ("Lukashenko ordered Belarus's missile forces put on high alert on Sunday.", ("152", "BLR")),
        ("Greece sent firefighters and rescue dogs to Turkey on Tuesday.", ("073", "GRC")),
    ],
)
def test_rows_for_alert_and_relief_teams(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    events = coded(pipeline, text, PUBLISHED)
    assert expected in [(c, s) for c, s, _t in events], events


def test_particle_with_an_object_is_a_preposition(pipeline: Pipeline) -> None:
    """A particle the parser gave an object of its own ("put ON special alert") reads as the preposition
    it is, so the row for 'put on:alert' fits."""
    text = (
        "MINSK, May 3 (Wire) - President Alexander Lukashenko ordered Belarus's nuclear deterrence forces "
        "put on special alert on Sunday, citing hostile remarks by Polish leaders."
    )
    events = coded(pipeline, text, PUBLISHED)
    assert "152" in [c for c, _s, _t in events], events


def test_four_coordinated_targets(pipeline: Pipeline) -> None:
    """Four states named as the targets of one act each get the act (three did before)."""
    text = "Belarus broke off diplomatic relations with Poland, Lithuania, Latvia and Estonia on Friday."
    targets = [t for c, s, t in coded(pipeline, text, PUBLISHED) if c.startswith("16") and s == "BLR"]
    assert targets == ["POL", "LTU", "LVA", "EST"], targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of Turkish marines came ashore near Kyrenia on Saturday.", ("154", "TUR")),
        # "the first of N troops" is the troops: a partitive resolves to who it counts
        ("The first of some 3,000 Kenyan troops came ashore in Somalia on Monday.", ("154", "KEN")),
    ],
)
def test_forces_coming_ashore(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    """'came ashore' is a phrasal verb ('ashore' a particle adverb): forces coming ashore land (154)."""
    events = coded_with_roles(pipeline, text, PUBLISHED)
    assert (*expected, "MIL") in [(c, s, r) for c, s, r, _t in events], events


def test_tourists_coming_ashore_is_no_landing(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Hundreds of Turkish tourists came ashore near Kyrenia on Saturday.", PUBLISHED)
    assert not any(c.startswith("15") for c, _s, _t in events), events


def test_person_handed_to_a_state(pipeline: Pipeline) -> None:
    """A person handed to a state (no 'over') is returned or released (084)."""
    events = coded(pipeline, "Kyiv handed the rebel commander to Moscow on Saturday.", PUBLISHED)
    assert ("084", "UKR", "RUS") in events, events


def test_thing_handed_to_a_state_is_no_release(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Kyiv handed the letter to Moscow on Saturday.", PUBLISHED)
    assert not any(c.startswith("08") for c, _s, _t in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of Greece's warplanes was shot down in a dogfight with Turkish jets on Wednesday.",
            ("TUR", "GRC"),
        ),
        ("Two Indian soldiers were killed in a brawl with Chinese troops on Monday.", ("CHN", "IND")),
        ("Two Bolivian soldiers were killed in a shootout with Peruvian troops on Monday.", ("PER", "BOL")),
    ],
)
def test_casualties_of_a_named_fight(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    """Casualties in a dogfight, brawl or shootout WITH a party name that party as the other side (19)."""
    events = coded(pipeline, text, PUBLISHED)
    assert expected in [(s, t) for c, s, t in events if c.startswith("19")], events


def test_a_weapon_is_no_side_of_the_fight(pipeline: Pipeline) -> None:
    text = "Three Kenyan soldiers were killed in a clash with machetes on Monday."
    events = coded(pipeline, text, PUBLISHED)
    assert not any(s is not None and s != "KEN" for _c, s, _t in events), events
