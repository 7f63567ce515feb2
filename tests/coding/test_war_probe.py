"""Armed-conflict events (CAMEO 15, 18, 19, 20) in shapes the pwar probe set showed the coder missing or
doubling, on sentences written for these tests (issue 10): an attack or a fight told as the subject of
the killing verb (coding/tolls.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import tolls
from newsevents.pipeline import Pipeline
from newsevents.records import Event

_FORCE = ("18", "19", "20")


def _force(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in events_of(pipeline, text, "2021-06-01") if e.root in _FORCE]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Fighting between Georgian and Russian troops killed 12 soldiers on Sunday.", {"GEO", "RUS"}),
        ("Clashes between Malian troops and Tuareg rebels killed 20 people near Kidal on Friday.", {"MLI"}),
        (
            "The fighting between Serbian police and Albanian guerrillas has killed 40 people since March.",
            {"SRB"},
        ),
    ],
)
def test_a_fight_that_killed_is_one_fight_between_its_parties(
    pipeline: Pipeline, text: str, parties: set[str]
) -> None:
    events = _force(pipeline, text)
    assert [e.root for e in events] == ["19"], [(e.cameo, e.evidence.steps) for e in events]
    (fight,) = events
    assert fight.source.country in parties
    assert tolls.EVENT_TOLL in fight.evidence.steps


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Shelling by Turkish artillery killed three Kurdish fighters in northern Syria on Monday.", "TUR"),
        ("An Ethiopian air strike killed nine people at a market in Eritrea on Tuesday.", "ETH"),
    ],
)
def test_an_attack_that_killed_is_one_attack_by_its_maker(pipeline: Pipeline, text: str, source: str) -> None:
    events = _force(pipeline, text)
    assert len(events) == 1, [(e.cameo, e.source.country, e.evidence.steps) for e in events]
    assert events[0].root == "19"
    assert events[0].source.country == source
    assert events[0].evidence.trigger == "killed"


def test_a_killing_by_a_party_is_no_toll(pipeline: Pipeline) -> None:
    events = _force(pipeline, "Rebels killed 20 villagers near the Congolese town of Beni on Friday.")
    assert [e.cameo for e in events] == ["180"]
    assert all(tolls.EVENT_TOLL not in e.evidence.steps for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, June 1 (Wire) - Sudanese jets bombed the market town of Kauda on Monday, where "
        "residents said bombs fell near a clinic and killed 30 people.",
        "ZAGREB, June 1 (Wire) - Officials said Serbian gunners had shelled the hospital and that a nurse "
        "was killed when a shell hit the ward.",
        "BANGKOK, June 1 (Wire) - The Burmese army confirmed that its jets had bombed a village, where "
        "witnesses said 40 people were killed.",
    ],
)
def test_casualties_with_no_maker_are_the_named_attack_s_toll(pipeline: Pipeline, text: str) -> None:
    # (the dateline's country is no maker of the deaths: the jets' or the gunners' attack is the event)
    events = _force(pipeline, text)
    assert len(events) == 1, [(e.cameo, e.source.country, e.evidence.steps) for e in events]
    assert events[0].source.country in ("SDN", "SRB", "MMR")
    assert "source:unattributed-dateline" not in events[0].evidence.steps


def test_casualties_with_no_maker_alone_are_still_an_event(pipeline: Pipeline) -> None:
    events = _force(pipeline, "KABUL, June 1 (Wire) - Eleven people were killed in the city on Monday.")
    assert [(e.root, e.source.country) for e in events] == [("18", "AFG")]


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Thai and Cambodian soldiers traded artillery fire near the temple on Sunday.", "194", "THA", "KHM"),
        ("Indian and Pakistani troops traded fire across the frontier on Friday.", "193", "IND", "PAK"),
        ("Greece put its navy on a higher state of readiness on Friday.", "152", "GRC", None),
        ("Israel keeps a naval blockade on the Gaza Strip.", "191", "ISR", "PSE"),
        ("Ethiopian troops pressed deeper into Somalia on Monday.", "192", "ETH", "SOM"),
        ("President Megawati placed Aceh under martial law on Monday.", "1724", "IDN", None),
        (
            "KABUL, Jan 8 (Wire) - Britain flew in 600 troops to guard the airport on Friday.",
            "154",
            "GBR",
            None,
        ),
    ],
)
def test_force_posture_and_fire_rows(
    pipeline: Pipeline, text: str, cameo: str, source: str, target: str | None
) -> None:
    # (curated rows of the pwar block: verbs.curated.tsv)
    events = [e for e in events_of(pipeline, text, "2021-06-01") if e.cameo == cameo]
    assert len(events) == 1, [(e.cameo, e.evidence.rule) for e in events_of(pipeline, text, "2021-06-01")]
    assert events[0].source.country == source
    if target is not None:
        assert events[0].target is not None and events[0].target.country == target


def test_trading_accusations_is_no_fire(pipeline: Pipeline) -> None:
    events = events_of(
        pipeline, "Athens and Ankara traded accusations over the shooting on Monday.", "2021-06-01"
    )
    assert not [e for e in events if e.root in _FORCE]


def test_an_act_in_a_time_clause_of_another_is_a_second_event(pipeline: Pipeline) -> None:
    text = (
        "BAKU, May 30 (Wire) - Azerbaijani guns have shelled the villages near Tartar every night since "
        "Armenian units pushed into the district two weeks ago."
    )
    events = _force(pipeline, text)
    assert sorted(e.evidence.trigger for e in events) == ["pushed", "shelled"], [
        (e.cameo, e.evidence.trigger, e.evidence.steps) for e in events
    ]


def test_two_acts_of_one_raid_stay_one_event(pipeline: Pipeline) -> None:
    # (a conjunct is no time clause: "raided the home and detained him" stays one record)
    text = "Turkish police raided the newspaper's offices and detained its editor on Monday."
    events = [e for e in events_of(pipeline, text, "2021-06-01") if e.root == "17"]
    assert len(events) == 1, [(e.cameo, e.evidence.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "ALGIERS, Jan 18 (Wire) - The attackers overran the gas complex in the desert on Wednesday.",
        "NIAMEY, March 2 (Wire) - The attackers stormed an army post near the border on Sunday.",
    ],
)
def test_unnamed_attackers_are_placed_like_gunmen(pipeline: Pipeline, text: str) -> None:
    # (tools/curated_agents.tsv: "attackers" are unnamed armed agents, UAF, as "gunmen")
    events = events_of(pipeline, text, "2013-01-18")
    assert events, "no event: the attackers were no actor"
    assert events[0].source.country in ("DZA", "NER")
    assert events[0].source.role == "UAF"
