"""Error classes of the pfight probe set (conflict-tracker notes, communiques, humanitarian updates):
a state's bare name or adjective on a verb of force is its military (coding/force_makers.py,
``source:state-force-subject``), communiques' euphemisms of killing (verbs.curated.tsv, ``ne.pfight.*``), and
a sentence's first gerund read as the event noun it is (coding/syntax.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chile fired three missiles at a Bolivian border post on Monday.", "CHLMIL", "BOL"),
    ("Peru launched air strikes on Ecuadorean army positions on Tuesday.", "PERMIL", "ECU"),
    ("A Bolivian army convoy was struck by Chilean strikes near the border on Monday.", "CHLMIL", "BOL"),
])  # fmt: skip
def test_state_alone_on_a_verb_of_force_is_military(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    events = events_of(pipeline, text, "2019-06-14")
    assert [(e.root, e.source.code, e.target.country if e.target else None) for e in events] == [
        ("19", source, target)
    ]


def test_state_sending_troops_stays_government(pipeline: Pipeline) -> None:
    # (posture is left out: a government sends and deploys troops)
    events = events_of(pipeline, "Peru deployed troops to the Ecuadorean border on Monday.", "2019-06-14")
    assert [(e.root, e.source.code) for e in events] == [("15", "PERGOV")]


def test_person_on_a_verb_of_force_keeps_the_role(pipeline: Pipeline) -> None:
    text = "Bolivian President Evo Morales fired a warning shot at a Chilean patrol boat on Monday."
    events = events_of(pipeline, text, "2019-06-14")
    assert all(e.source.code != "BOLMIL" for e in events)


def test_neutralised_armed_party_is_killed_in_force(pipeline: Pipeline) -> None:
    text = "The Nigerian army said on Monday it had neutralised 30 bandits in Zamfara state."
    events = events_of(pipeline, text, "2021-03-16")
    assert [(e.root, e.source.code) for e in events if e.root in ("18", "19")] == [("19", "NGAMIL")]


def test_neutralised_threat_is_no_force(pipeline: Pipeline) -> None:
    text = "Engineers from the Nigerian army neutralised the threat from an old bridge on Monday."
    events = events_of(pipeline, text, "2021-03-16")
    assert not [e for e in events if e.root in ("18", "19", "20")]


def test_order_to_neutralise_is_posture_not_the_act(pipeline: Pipeline) -> None:
    text = "Ecuador's president ordered the armed forces to neutralise the gangs on Tuesday."
    events = events_of(pipeline, text, "2024-01-10")
    assert [(e.root, e.source.code) for e in events] == [("15", "ECUGOV")]


@pytest.mark.parametrize("text", [
    "Fighting between Ethiopian troops and Eritrean soldiers erupted on the border on Monday.",
    "Fighting between Ethiopian troops and Eritrean soldiers has continued on the border since Monday.",
])  # fmt: skip
def test_first_gerund_is_the_fight_between_its_parties(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, "2000-05-16")
    assert [(e.root, {e.source.country, e.target.country if e.target else None}) for e in events] == [
        ("19", {"ETH", "ERI"})
    ]


def test_lead_reported_by_its_verb_dates_the_story(pipeline: Pipeline) -> None:
    # (the lead's main verb is "said", with no date: its reported clause's Saturday is the story's day)
    text = (
        "LAGOS, June 15 (Wire) - Nigerian troops repelled an attack on Monguno on Saturday, the army said "
        "in a statement. Gunmen stormed a nearby village, killing 12 farmers."
    )
    events = events_of(pipeline, text, "2020-06-15")
    assert sorted((e.root, e.date) for e in events) == [("18", "2020-06-13"), ("19", "2020-06-13")]


def test_ballistic_missile_towards_a_city_is_an_attack(pipeline: Pipeline) -> None:
    text = "North Korea fired a ballistic missile towards the Japanese city of Sapporo on Friday."
    events = events_of(pipeline, text, "2017-08-26")
    assert [(e.root, e.source.code, e.target.country if e.target else None) for e in events] == [
        ("19", "PRKMIL", "JPN")
    ]


def test_attack_before_a_casualty_clause_keeps_its_attacker(pipeline: Pipeline) -> None:
    # (the parser hangs the first clause under the second; a clause before its verb is none of its content)
    text = "Armed gangs attacked the main prison in Port-au-Prince on 2 March; at least 12 were killed."
    events = events_of(pipeline, text, "2024-03-05")
    assert [(e.root, e.source.country, e.date) for e in events] == [("18", "HTI", "2024-03-02")]


def test_night_of_a_day_dates_the_day(pipeline: Pipeline) -> None:
    # (the tagger's date is "June" alone; the day before it modifies it)
    text = "BOGOTA, June 8 (Wire) - Gunmen attacked a village in Cauca on the night of 4 June, killing 12."
    events = events_of(pipeline, text, "2021-06-08")
    assert [(e.root, e.date) for e in events] == [("18", "2021-06-04")]


def test_soldiers_executing_men_kill_them(pipeline: Pipeline) -> None:
    text = "Malian soldiers executed 30 men in a village near Mopti on Tuesday."
    events = events_of(pipeline, text, "2022-04-06")
    assert [(e.root, e.source.code) for e in events] == [("18", "MLIMIL")]


def test_state_executing_prisoners_stays_repression(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Iran executed two protesters on Tuesday.", "2022-12-14")
    assert [(e.root, e.source.code) for e in events] == [("17", "IRNGOV")]


def test_dated_relative_killing_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "SAO PAULO, May 9 (Wire) - Police arrested a former soldier on Tuesday over the death of a "
        "union leader, who was shot dead outside his home in June last year."
    )
    events = events_of(pipeline, text, "2019-05-09")
    assert sorted((e.root, e.date) for e in events) == [("17", "2019-05-07"), ("18", "2018-06")]


def test_undated_relative_killing_stays_background(pipeline: Pipeline) -> None:
    text = (
        "SAO PAULO, May 9 (Wire) - Police arrested a former soldier on Tuesday over the death of a "
        "union leader, who was shot dead outside his home."
    )
    events = events_of(pipeline, text, "2019-05-09")
    assert [e.root for e in events] == ["17"]


def test_armed_party_freeing_inmates_from_a_jail_raids_it(pipeline: Pipeline) -> None:
    text = "Rebel fighters freed hundreds of inmates from the central jail in Herat on Monday."
    events = events_of(pipeline, text, "2015-09-29")
    assert [e.root for e in events] == ["18"]


def test_rebels_releasing_hostages_still_yield(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Colombian rebels released 20 hostages on Monday.", "2015-09-29")
    assert [e.root for e in events] == ["08"]


def test_inflicted_casualties_fold_into_the_strike(pipeline: Pipeline) -> None:
    text = "The Indian army struck camps in Pakistan on Wednesday and inflicted significant casualties."
    events = events_of(pipeline, text, "2016-09-29")
    assert [(e.root, e.source.code) for e in events] == [("19", "INDMIL")]


@pytest.mark.parametrize(("text", "source"), [
    ("Fighters of the Tehrik-i-Taliban Pakistan attacked a police post in Bannu on Monday.", "PAKREB"),
    ("ISWAP fighters attacked an army base in Borno state on Monday.", "NGAREB"),
    ("CODECO militiamen attacked a camp for displaced people in Ituri on Monday.", "CODREB"),
])  # fmt: skip
def test_armed_groups_of_tracker_notes_are_placed(pipeline: Pipeline, text: str, source: str) -> None:
    events = events_of(pipeline, text, "2022-02-02")
    assert [e.source.code for e in events] == [source]


def test_spla_in_opposition_fights_the_army(pipeline: Pipeline) -> None:
    # (an armed group, not an opposition party: a clash with it is a fight, not repression)
    text = "Clashes between the SPLA and the rebel SPLA in Opposition erupted near Yei on Monday."
    events = events_of(pipeline, text, "2017-03-28")
    assert [(e.root, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("19", "SSDMIL", "SSDREB")
    ]
