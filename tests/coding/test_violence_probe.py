"""Attacks and fights in shapes the pviol probe set showed the coder missing, on sentences written for
these tests (issue 10): an attack noun whose relative clause tells its toll, under a verb or a preposition
that would otherwise set it aside (coding/tolled.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import casualties, referred_maker, tolled
from newsevents.pipeline import Pipeline
from newsevents.records import Event

_FORCE = ("18", "19", "20")


def _force(pipeline: Pipeline, text: str, published: str = "2021-06-04") -> list[Event]:
    return [e for e in events_of(pipeline, text, published) if e.root in _FORCE]


def test_an_attack_in_a_retaliation_phrase_is_coded_with_its_victims_and_offset(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT, June 4 (Wire) - Jordan shelled positions on Friday in retaliation for a drone strike "
        "near the border that killed 14 Jordanian soldiers the night before."
    )
    events = _force(pipeline, text)
    strike = [e for e in events if e.evidence.trigger == "strike"]
    assert len(strike) == 1, [(e.cameo, e.evidence.trigger) for e in events]
    assert strike[0].target is not None and strike[0].target.country == "JOR"
    assert strike[0].date == "2021-06-03"
    assert tolled.TOLL_VICTIMS.split(":")[-1] in " ".join(strike[0].evidence.steps)
    assert any(e.evidence.trigger == "shelled" and e.source.country == "JOR" for e in events)


def test_a_claimed_bombing_with_its_toll_is_an_event(pipeline: Pipeline) -> None:
    text = (
        "LIMA, June 4 (Wire) - Shining Path guerrillas claimed Wednesday's car bombing of a bank in Lima "
        "that killed 9 people."
    )
    events = _force(pipeline, text)
    assert [e.root for e in events] == ["18"], [(e.cameo, e.evidence.trigger) for e in events]
    assert events[0].evidence.trigger == "bombing"
    assert events[0].target is not None and events[0].target.country == "PER"
    assert events[0].date == "2021-06-02"


def test_a_bombing_a_party_is_blamed_for_takes_the_toll_clause_date(pipeline: Pipeline) -> None:
    text = (
        "COLOMBO, June 4 (Wire) - Police blamed a separatist group on Friday for a truck bombing in "
        "Colombo that killed 30 people on Tuesday."
    )
    events = _force(pipeline, text)
    assert len(events) == 1, [(e.cameo, e.evidence.trigger) for e in events]
    assert events[0].evidence.trigger == "bombing"
    assert events[0].date == "2021-06-01"
    assert events[0].target is not None and events[0].target.country == "LKA"


@pytest.mark.parametrize(
    "text",
    [
        # (an ongoing toll in the perfect is background, not an event told here)
        "MANILA, June 4 (Wire) - The two sides agreed on Friday to end decades of fighting that has "
        "killed thousands of people.",
        # (a modal toll is no fact)
        "MANILA, June 4 (Wire) - Officials warned on Friday of attacks that could kill hundreds of people.",
        # (a definite noun after the lead refers back to an act told before)
        "NAIROBI, June 4 (Wire) - Police held talks on Friday. They blamed a gang for the bombing that "
        "killed 12 people.",
        # (a noun after a comma names again the act just told)
        "TOKYO, June 4 (Wire) - Police say he planted the gas on three trains in Tokyo, an attack that "
        "killed 8 commuters.",
    ],
)
def test_no_tolled_attack_without_a_past_toll_of_its_own(pipeline: Pipeline, text: str) -> None:
    events = _force(pipeline, text)
    assert not [e for e in events if e.evidence.trigger in ("fighting", "attacks", "attack", "bombing")], [
        (e.cameo, e.evidence.trigger) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "LAGOS, June 4 (Wire) - The governor vowed on Friday to punish the attackers after a suicide "
            "bombing killed 25 soldiers on Wednesday. The president met the army chief.",
            "2021-06-02",
        ),
        (
            "NAIROBI, June 4 (Wire) - Police arrested 12 suspects on Friday after a car bomb killed 9 people "
            "at a market in Nairobi on Thursday.",
            "2021-06-03",
        ),
    ],
)
def test_an_attack_told_by_its_toll_in_a_time_clause_is_an_event(
    pipeline: Pipeline, text: str, date: str
) -> None:
    events = _force(pipeline, text)
    assert len(events) == 1, [(e.cameo, e.evidence.trigger) for e in events]
    assert events[0].root == "18" and events[0].evidence.trigger == "killed"
    assert events[0].date == date


def test_a_time_clause_with_a_passive_toll_stays_the_scene(pipeline: Pipeline) -> None:
    text = (
        "MANILA, June 4 (Wire) - The mayor declared a curfew on Friday after the convoy was hit by a "
        "roadside bomb."
    )
    assert not tolled.toll_time_clause(_clause(pipeline, text, "hit"), frozenset({"bomb", "convoy"}))


def _clause(pipeline: Pipeline, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "MANILA, June 4 (Wire) - Nine soldiers were killed on Thursday in a clash with communist rebels "
            "in Samar province, the army said.",
            "killed",
        ),
        (
            "MANILA, June 4 (Wire) - Gunmen on motorcycles raided a village on Thursday and exchanged fire "
            "with police, officials said.",
            "exchanged",
        ),
    ],
)
def test_a_clash_of_state_forces_with_an_armed_group_is_the_states_fight(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    events = [e for e in _force(pipeline, text) if e.evidence.trigger == trigger]
    assert len(events) == 1, [(e.cameo, e.source.code, e.evidence.trigger) for e in events]
    (fight,) = events
    assert fight.root == "19"
    assert fight.source.country == "PHL" and fight.source.role in ("MIL", "COP")
    assert fight.target is not None and fight.target.role in ("REB", "UAF")
    assert casualties.CLASH_SIDES in fight.evidence.steps


def test_protesters_killed_in_clashes_with_police_keep_the_police_as_maker(pipeline: Pipeline) -> None:
    text = "LIMA, June 4 (Wire) - Three protesters were killed on Thursday in clashes with police in Puno."
    events = [e for e in _force(pipeline, text) if e.evidence.trigger == "killed"]
    assert events, "the killing is coded"
    assert all(casualties.CLASH_SIDES not in e.evidence.steps for e in events)
    assert all(e.source.role == "COP" for e in events), [(e.source.code, e.cameo) for e in events]


def test_a_second_bomb_is_another_event(pipeline: Pipeline) -> None:
    text = (
        "KARACHI, June 4 (Wire) - A car bomb killed 30 people at a crowded market in Karachi on Friday. "
        "A second bomb killed four people near a mosque in the city."
    )
    events = _force(pipeline, text)
    assert len(events) == 2, [(e.cameo, e.evidence.trigger, e.evidence.steps) for e in events]
    assert {e.target.country for e in events if e.target} == {"PAK"}


def test_a_bombing_told_again_stays_one_event(pipeline: Pipeline) -> None:
    text = (
        "KARACHI, June 4 (Wire) - A car bomb killed 30 people at a crowded market in Karachi on Friday. "
        "The bomb also wounded 50 people."
    )
    events = _force(pipeline, text)
    assert len(events) == 1, [(e.cameo, e.evidence.trigger, e.evidence.steps) for e in events]


def test_troops_engaging_an_armed_group_fight_it(pipeline: Pipeline) -> None:
    text = "ABUJA, June 4 (Wire) - Nigerian troops engaged Boko Haram fighters near Maiduguri on Thursday."
    events = [e for e in _force(pipeline, text) if e.evidence.trigger == "engaged"]
    assert [e.cameo for e in events] == ["190"], [(e.cameo, e.evidence.rule) for e in events]
    assert events[0].source.code == "NGAMIL"


def test_an_army_engaged_in_talks_does_not_fight(pipeline: Pipeline) -> None:
    text = "ABUJA, June 4 (Wire) - The army engaged in talks with community leaders on Thursday."
    assert not _force(pipeline, text)


def test_casualties_killed_in_the_strikes_told_before_take_their_maker(pipeline: Pipeline) -> None:
    text = (
        "SANAA, June 4 (Wire) - Saudi jets bombed targets across Saada province on Friday. Local "
        "officials said nine civilians had been killed in the strikes."
    )
    killed = [e for e in _force(pipeline, text) if e.evidence.trigger == "killed"]
    assert killed, "the casualties are coded"
    assert all(e.source.country == "SAU" for e in killed), [(e.source.code, e.cameo) for e in killed]
    assert all(referred_maker.REFERRED_MAKER in e.evidence.steps for e in killed)


def test_casualties_of_an_unnamed_attack_keep_the_place_as_maker(pipeline: Pipeline) -> None:
    text = (
        "SANAA, June 4 (Wire) - Officials said on Friday that nine civilians had been killed in the "
        "blast at a market in Saada."
    )
    killed = [e for e in _force(pipeline, text) if e.evidence.trigger == "killed"]
    assert all(referred_maker.REFERRED_MAKER not in e.evidence.steps for e in killed)
