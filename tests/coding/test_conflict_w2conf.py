"""Armed-conflict shapes of the fifth session's w2conf helper (issue 10), on sentences written for these
tests: force posture told as a state ("the troops were on full alert") or in an agentless passive ("the
army was put on alert"), coded as a raised alert by the forces' own country (coding/posture.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import mutual, posture, victims
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return events_of(pipeline, text, "2011-05-04")


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        ("Bolivian troops were on full alert on Tuesday.", "152", "BOL"),
        ("Paraguayan forces remained on high alert on Tuesday.", "152", "PRY"),
        ("Police in Asuncion were on alert on Tuesday.", "151", "PRY"),
    ],
)
def test_forces_on_alert_are_a_raised_alert_by_their_country(
    pipeline: Pipeline, text: str, cameo: str, source: str
) -> None:
    events = _events(pipeline, text)
    assert [(e.cameo, e.source.country) for e in events] == [(cameo, source)], [
        (e.cameo, e.source.country, e.evidence.steps) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Bolivian army was placed on alert on Tuesday.", "BOL"),
        ("Paraguayan army units were put on a higher state of readiness on Tuesday.", "PRY"),
    ],
)
def test_forces_put_on_alert_by_nobody_named_are_their_own_countrys(
    pipeline: Pipeline, text: str, source: str
) -> None:
    events = _events(pipeline, text)
    assert [(e.root, e.source.country) for e in events] == [("15", source)], [
        (e.cameo, e.source.country, e.evidence.steps) for e in events
    ]
    assert posture.PASSIVE_POSTURE in events[0].evidence.steps


def test_an_alert_with_its_maker_named_keeps_the_maker(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Bolivia put its army on alert on Tuesday.")
    assert [(e.root, e.source.country) for e in events] == [("15", "BOL")]
    assert posture.PASSIVE_POSTURE not in events[0].evidence.steps


def test_a_plane_sent_in_the_passive_is_no_posture(pipeline: Pipeline) -> None:
    events = _events(pipeline, "A Bolivian air force plane was sent to collect the minister on Tuesday.")
    assert all(posture.PASSIVE_POSTURE not in e.evidence.steps for e in events)


def test_a_condemnation_of_drills_is_aimed_at_the_other_sides_drills_not_its_own_alert(
    pipeline: Pipeline,
) -> None:
    events = _events(
        pipeline,
        "Chile's navy began drills off the Peruvian coast on Tuesday. Peru said its own forces were on "
        "alert. Lima condemned the drills as a provocation.",
    )
    condemned = [e for e in events if e.root == "11"]
    assert [(e.source.country, e.target and e.target.country) for e in condemned] == [("PER", "CHL")]


# -- mutual blame (coding/mutual.py, actors/pairs.py) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivia and Paraguay blamed each other for the border clash on Tuesday.", {"BOL", "PRY"}),
        ("Bolivian and Paraguayan officials traded accusations over the raid on Tuesday.", {"BOL", "PRY"}),
    ],
)
def test_mutual_blame_is_one_event_between_the_pair(pipeline: Pipeline, text: str, pair: set[str]) -> None:
    # (the corpus codes a reciprocal accusation once, symmetric: a reverse copy would be a duplicate)
    events = _events(pipeline, text)
    blame = [{e.source.country, e.target and e.target.country} for e in events if e.root == "11"]
    assert blame == [pair], [(e.cameo, e.evidence.steps) for e in events]
    assert any(mutual.MUTUAL_ACT in e.evidence.steps for e in events if e.root == "11")


def test_blame_told_of_each_side_is_one_accusation_each_way(pipeline: Pipeline) -> None:
    text = (
        "Bolivian troops and Paraguayan forces exchanged fire near the border on Tuesday, and each "
        "side accused the other of starting the fighting."
    )
    events = _events(pipeline, text)
    blame = sorted((e.source.country, e.target and e.target.country) for e in events if e.root == "11")
    assert blame == [("BOL", "PRY"), ("PRY", "BOL")], [(e.cameo, e.evidence.steps) for e in events]


def test_an_exchange_of_fire_stays_one_event(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Bolivian and Paraguayan troops exchanged fire near the border on Tuesday.")
    fights = [e for e in events if e.root == "19"]
    assert len(fights) == 1, [(e.cameo, e.source.country, e.evidence.steps) for e in fights]
    assert mutual.MUTUAL_ACT not in fights[0].evidence.steps


def test_one_sided_blame_stays_one_way(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Bolivia blamed Paraguay for the border clash on Tuesday.")
    blame = [(e.source.country, e.target and e.target.country) for e in events if e.root == "11"]
    assert blame == [("BOL", "PRY")]


def test_blame_laid_on_a_partys_agents_keeps_that_party(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Paraguayan jets bombed a market near the border on Monday. Bolivia blamed Chilean aircraft for "
        "that attack on Tuesday.",
    )
    blame = [(e.source.country, e.target and e.target.country) for e in events if e.root == "11"]
    assert blame == [("BOL", "CHL")]


# -- victims of cross-border attacks (coding/victims.py) ---------------------------------------------


def test_victims_unplaced_by_their_phrase_are_the_other_sides(pipeline: Pipeline) -> None:
    events = _events(
        pipeline, "Bolivia's army said Paraguayan shelling had killed four civilians in Zorbat district."
    )
    force = [e for e in events if e.root in ("18", "19", "20")]
    assert [(e.source.country, e.target and e.target.country) for e in force] == [("PRY", "BOL")], [
        (e.cameo, e.evidence.steps) for e in force
    ]
    assert victims.UNPLACED_VICTIMS in force[0].evidence.steps


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Myanmar troops killed 20 villagers in Sagaing on Tuesday, witnesses said.", ("MMR", "MMR")),
        ("Bolivian troops killed two Paraguayan soldiers near the border on Tuesday.", ("BOL", "PRY")),
    ],
)
def test_victims_placed_or_at_home_keep_their_party(
    pipeline: Pipeline, text: str, dyad: tuple[str, str]
) -> None:
    force = [e for e in _events(pipeline, text) if e.root in ("18", "19", "20")]
    assert [(e.source.country, e.target and e.target.country) for e in force] == [dyad]
    assert all(victims.UNPLACED_VICTIMS not in e.evidence.steps for e in force)


@pytest.mark.parametrize(
    ("text", "roots"),
    [
        ("Uzbek troops liquidated 12 militants near the border on Monday.", ["19"]),
        ('The ministry said 20 armed rioters had been "liquidated" on Monday.', ["18"]),
        ("The state bank was liquidated on Monday.", []),
    ],
)
def test_liquidating_armed_men_is_killing_them(pipeline: Pipeline, text: str, roots: list[str]) -> None:
    events = events_of(pipeline, "TASHKENT, Uzbekistan (Wire) - " + text, "2021-03-10")
    assert [e.root for e in events] == roots, [(e.cameo, e.evidence.steps) for e in events]
    assert all(e.source.country == "UZB" for e in events)
