"""Shapes found by the third twin probe set ptwin3 (reports in the tuning half's shape, issue 10): search
and relief teams sent after a disaster are aid (verbs.curated.tsv ne.ptwin3.8-9, synsets.curated.tsv
RELIEF), a vow to confront aggression threatens (ne.ptwin3.1), troops pushing across a border invade
(ne.ptwin3.2-7), a ruler who leaves the country yields power (ne.ptwin3.11-17), fighters turned or
ordered back retreat (ne.ptwin3.18-31), and a foe or oppression named in a judgement blames (words.toml
``negative_judgements``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

# A Wednesday.
DAY = "2011-05-04"


def test_search_teams_sent_after_a_quake_are_aid(pipeline: Pipeline) -> None:
    text = "An earthquake struck Morocco on Monday. Spain and Italy sent search teams to Morocco on Tuesday."
    aid = {
        (e.source.country, e.target and e.target.country)
        for e in events_of(pipeline, text, DAY)
        if e.cameo == "073"
    }
    assert aid == {("ESP", "MAR"), ("ITA", "MAR")}


def test_a_relief_team_sent_is_aid(pipeline: Pipeline) -> None:
    text = "Chile sent a relief team to Peru on Tuesday after floods swept the coast."
    assert any(e.cameo == "073" and e.source.country == "CHL" for e in events_of(pipeline, text, DAY))


def test_a_vow_to_confront_aggression_threatens(pipeline: Pipeline) -> None:
    text = "Bolivian jets bombed a Peruvian airfield on Monday. Lima vowed to confront the aggression."
    assert any(e.root == "13" and e.source.country == "PER" for e in events_of(pipeline, text, DAY))


@pytest.mark.parametrize("doer", ["Peruvian troops", "Peru's army", "Peruvian tanks"])
def test_troops_pushing_across_a_border_invade(pipeline: Pipeline, doer: str) -> None:
    text = f"{doer} pushed across the border into Bolivia on Tuesday."
    codes = {e.cameo for e in events_of(pipeline, text, DAY) if e.source.country == "PER"}
    assert "192" in codes and "100" not in codes


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Chilean president called the Bolivian leader an enemy on Tuesday.", "BOL"),
        ("Bolivian police arrested the Chilean consul on Monday. Chile called the arrest oppression.", "BOL"),
    ],
)
def test_a_foe_or_oppression_named_blames(pipeline: Pipeline, text: str, target: str) -> None:
    assert any(
        e.root == "11" and e.source.country == "CHL" and e.target is not None and e.target.country == target
        for e in events_of(pipeline, text, DAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered La Paz on Sunday hours after President Jorge Vargas left the country.",
        "Bolivia's prime minister left the country on Tuesday as protesters stormed his office.",
    ],
)
def test_a_ruler_leaving_the_country_in_a_crisis_yields_power(pipeline: Pipeline, text: str) -> None:
    assert any(e.cameo == "0831" and e.source.country == "BOL" for e in events_of(pipeline, text, DAY))


def test_a_minister_leaving_the_country_for_talks_yields_nothing(pipeline: Pipeline) -> None:
    text = "Bolivia's foreign minister left the country on Tuesday for talks in Lima."
    assert not any(e.root == "08" for e in events_of(pipeline, text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "The rebel leader in Bolivia ordered his fighters to turn back on Tuesday.",
        "Rebel forces in Bolivia turned back on Tuesday night.",
    ],
)
def test_fighters_turned_back_retreat(pipeline: Pipeline, text: str) -> None:
    assert any(e.cameo == "0874" for e in events_of(pipeline, text, DAY))
