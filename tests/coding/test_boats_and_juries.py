"""Boats of migrants turned back by a state's agents are expulsions (174, rows ne.weakest7.*), and a jury
is the judiciary of where it sits, as a court is (tools/curated_agents.tsv); sentences written for these
tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_a_boat_of_migrants_turned_back_by_a_coast_guard_is_an_expulsion(pipeline: Pipeline) -> None:
    text = (
        "VALLETTA, June 9 (Wire) - The Maltese coast guard turned back a boat carrying 70 migrants to "
        "Libyan waters on Sunday."
    )
    events = by_trigger(events_of(pipeline, text, "2023-06-09"))
    assert [e.cameo for e in events["turned"]] == ["174"]
    assert events["turned"][0].source is not None and events["turned"][0].source.country == "MLT"


def test_fishermen_turning_their_own_boat_back_are_no_event(pipeline: Pipeline) -> None:
    text = "VALLETTA, June 9 (Wire) - Fishermen turned their boat back towards the harbour as the wind rose."
    assert "turned" not in by_trigger(events_of(pipeline, text, "2023-06-09"))


def test_a_jury_in_a_city_is_that_country_s_judiciary(pipeline: Pipeline) -> None:
    text = (
        "LONDON, June 9 (Wire) - A jury in London convicted a former Kenyan minister of taking bribes "
        "on Friday."
    )
    events = by_trigger(events_of(pipeline, text, "2023-06-09"))
    convicted = events["convicted"]
    assert [e.source.code for e in convicted if e.source] == ["GBRJUD"]
    assert [e.target.country for e in convicted if e.target] == ["KEN"]
