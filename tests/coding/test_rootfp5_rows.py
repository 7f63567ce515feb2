"""Wrong roots read by the object (the rootfp5 block of verbs.curated.tsv, round 33): firefighting aircraft
sent are disaster relief, not a show of force; hosting a match or games is staging sport, not receiving a
visit; calling off a thing no row names (a ceremony) reduces no relations; troops pushing a party out of a
place fight it. Sentences written for these tests; each test states every event its sentence gives."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-03-04"


def test_firefighting_planes_sent_are_relief(pipeline: Pipeline) -> None:
    text = "Italy sent two firefighting planes to Greece on Monday."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["073"]


def test_fire_fighting_aircraft_written_with_a_hyphen_are_relief(pipeline: Pipeline) -> None:
    text = "Spain sent two fire-fighting aircraft to Portugal on Tuesday."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["073"]


def test_warplanes_sent_stay_a_show_of_force(pipeline: Pipeline) -> None:
    text = "China sent warplanes toward Taiwan on Monday."
    assert coded(pipeline, text, DAY) == [("154", "CHN", "TWN")]


def test_hosting_games_or_a_match_is_no_visit(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Japan hosted the Olympic Games in 2021.", DAY) == []
    assert coded(pipeline, "Morocco hosted the final match of the tournament on Sunday.", DAY) == []


def test_hosting_a_minister_stays_a_visit(pipeline: Pipeline) -> None:
    text = "Qatar hosted the Iranian foreign minister on Monday."
    assert coded(pipeline, text, DAY) == [("043", "QAT", "IRN")]


def test_a_ceremony_called_off_reduces_no_relations(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Venezuela called off the ceremony on Monday.", DAY) == []


def test_talks_called_off_stay_halted_negotiations(pipeline: Pipeline) -> None:
    text = "Paraguay called off the talks with Bolivia on Monday."
    assert coded(pipeline, text, DAY) == [("164", "PRY", "BOL")]


def test_troops_pushing_a_party_out_of_a_place_fight_it(pipeline: Pipeline) -> None:
    text = "Within two days Ethiopian troops had pushed the Eritreans out of the border town."
    assert coded(pipeline, text, DAY) == [("190", "ETH", "ERI")]


def test_a_state_pushing_another_out_of_talks_stays_pressure(pipeline: Pipeline) -> None:
    # no armed doer: the bare push row (a demand) keeps it
    text = "France pushed Britain out of the talks."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["100"]
