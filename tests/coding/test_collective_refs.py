"""Sources and targets told by a collective or group reference, on sentences written for these tests
(issue 10): a regional body's members told as a group ("West African leaders": ECOWAS, as the corpus codes
the body), a bloc's agents with the members they include, a possessed country noun ("his country"), and a
subject's "their" under a verb whose subject names two parties ("both sides said their forces")."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, coded, events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, June 2 (Wire) - West African leaders on Sunday imposed sanctions on Guinea after the coup.",
        "ACCRA, June 2 (Wire) - West African heads of state imposed sanctions on Guinea on Sunday.",
    ],
)
def test_west_african_leaders_are_the_regional_body(pipeline: Pipeline, text: str) -> None:
    (event,) = by_trigger(events_of(pipeline, text, "2021-06-02"))["imposed"]
    assert event.cameo.startswith("16")
    assert event.source.code == "IGOWAFBUSWAS" and event.source.country is None
    assert event.target is not None and event.target.country == "GIN"


def test_west_african_neighbours_threatening_are_the_regional_body(pipeline: Pipeline) -> None:
    text = "West African neighbours on Thursday threatened to impose sanctions on Guinea."
    events = events_of(pipeline, text, "2021-06-02")
    assert [(e.cameo[:2], e.source.code) for e in events] == [("13", "IGOWAFBUSWAS")]


def test_a_bloc_without_the_regional_words_keeps_the_bloc_reading(pipeline: Pipeline) -> None:
    # "African leaders" names no regional body: no source, so no event of theirs.
    text = "African leaders on Sunday imposed sanctions on Guinea after the coup."
    assert not [e for e in events_of(pipeline, text, "2021-06-02") if e.source.code == "IGOWAFBUSWAS"]


def test_a_blocs_agents_including_members_are_those_members(pipeline: Pipeline) -> None:
    text = (
        "Nordic leaders, including Norway's Jonas Gahr Store and Sweden's Ulf Kristersson, telephoned "
        "the Ukrainian president on Friday to express their support."
    )
    found = {(code[:2], src, tgt) for code, src, tgt in coded(pipeline, text, "2023-03-03")}
    # (a call made to express support is that praise, 05, from each caller: purpose.PRAISE_ON_CONTACT)
    assert ("05", "NOR", "UKR") in found and ("05", "SWE", "UKR") in found


def test_a_bloc_with_no_member_list_names_no_member(pipeline: Pipeline) -> None:
    text = "Nordic leaders telephoned the Ukrainian president on Friday to express their support."
    assert not [e for e in events_of(pipeline, text, "2023-03-03") if e.source.country in ("NOR", "SWE")]


def test_his_country_is_the_country_of_the_person_named_before(pipeline: Pipeline) -> None:
    # (a visitor hosted: forces hosted are no event since errprec, verbs.curated.tsv)
    text = "Chad's president, Idriss Deby, said his country was ready to host the French defence minister."
    events = events_of(pipeline, text, "2019-05-05")
    assert events and {e.source.country for e in events} == {"TCD"}


def test_his_government_keeps_its_role(pipeline: Pipeline) -> None:
    text = "Peru's president said on Monday that his government would recall its ambassador from Quito."
    (event,) = by_trigger(events_of(pipeline, text, "2019-05-05"))["recall"]
    assert event.source.code == "PERGOV"


def test_their_forces_under_both_sides_are_both_parties(pipeline: Pipeline) -> None:
    text = (
        "Thai and Cambodian troops clashed near the temple on Monday. "
        "Both sides said their forces had since withdrawn from the area."
    )
    (event,) = by_trigger(events_of(pipeline, text, "2011-02-08"))["withdrawn"]
    assert {event.source.country, event.target.country if event.target else None} == {"THA", "KHM"}


def test_their_forces_under_one_party_are_that_partys(pipeline: Pipeline) -> None:
    text = (
        "Thai and Cambodian troops clashed near the temple on Monday. "
        "Thai officials said their forces had since withdrawn from the area."
    )
    (event,) = by_trigger(events_of(pipeline, text, "2011-02-08"))["withdrawn"]
    assert event.source.country == "THA"


def test_forces_of_the_two_countries_are_both_parties(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON, Feb 27 (Wire) - Washington on Wednesday asked Chile and Peru to show calm after "
        "the two countries' air forces clashed over the border."
    )
    (event,) = by_trigger(events_of(pipeline, text, "2019-02-27"))["clashed"]
    assert {event.source.country, event.target.country if event.target else None} == {"CHL", "PER"}


def test_ministers_of_the_two_sides_as_an_object_are_not_the_hosts(pipeline: Pipeline) -> None:
    text = (
        "Chile and Peru traded accusations. Ecuador's foreign minister said Quito was ready to host talks "
        "between the two sides' foreign ministers."
    )
    hosted = by_trigger(events_of(pipeline, text, "2019-02-27")).get("host", [])
    assert all(e.source.country == "ECU" for e in hosted)
