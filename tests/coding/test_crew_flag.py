"""Crews and boats seized with no country of their own take the flag of the boat named before
(coding/crew_flag.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.crew_flag import CREW_FLAG
from newsevents.pipeline import Pipeline


def test_crew_of_a_flagged_trawler_named_before(pipeline: Pipeline) -> None:
    text = (
        "MANILA, May 3 (Wire) - Philippine coast guard ships stopped a Vietnamese fishing trawler near a "
        "shoal on Tuesday. Its captain and eleven crew members were detained."
    )
    detained = by_trigger(events_of(pipeline, text, "2024-05-03"))["detained"][0]
    assert detained.source.country == "PHL"
    assert detained.target is not None and detained.target.country == "VNM"
    assert CREW_FLAG in detained.evidence.steps


def test_a_flagged_tanker_then_its_crew(pipeline: Pipeline) -> None:
    text = (
        "ATHENS, June 9 (Wire) - Greek police boarded a Panama-flagged tanker off Crete on Friday. "
        "The crew were arrested on suspicion of smuggling fuel."
    )
    arrested = by_trigger(events_of(pipeline, text, "2024-06-09"))["arrested"][0]
    assert arrested.source.country == "GRC"
    assert arrested.target is not None and arrested.target.country == "PAN"


def test_people_with_no_boat_before_stay_the_story_s(pipeline: Pipeline) -> None:
    text = "ATHENS, June 9 (Wire) - Greek police raided a warehouse on Friday. Forty workers were arrested."
    arrested = by_trigger(events_of(pipeline, text, "2024-06-09"))["arrested"][0]
    assert CREW_FLAG not in arrested.evidence.steps


def test_the_seizer_s_own_boat_is_not_the_one_seized(pipeline: Pipeline) -> None:
    text = (
        "OSLO, May 3 (Wire) - A Norwegian patrol vessel chased the boat for two days. "
        "The Polar Star was seized on Sunday."
    )
    seized = by_trigger(events_of(pipeline, text, "2024-05-03")).get("seized", [])
    assert all(CREW_FLAG not in e.evidence.steps for e in seized)


def test_a_ship_named_by_name_after_its_flag(pipeline: Pipeline) -> None:
    text = (
        "QUITO, Aug 20 (Wire) - Ecuador's navy tracked a Chinese-flagged fishing vessel for two days. "
        "The Golden Pearl 8 was seized by the navy on Friday."
    )
    seized = by_trigger(events_of(pipeline, text, "2024-08-20"))["seized"][0]
    assert seized.source.country == "ECU"
    assert seized.target is not None and seized.target.country == "CHN"
    assert CREW_FLAG in seized.evidence.steps


def test_crew_members_held_aboard(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, Jan 5 (Wire) - The South Korean coast guard chased a Chinese fishing boat off the west coast "
        "on Thursday. The 12 crew members were detained, the coast guard said."
    )
    held = [e for e in events_of(pipeline, text, "2024-01-05") if e.root == "17"]
    assert any(e.target is not None and e.target.country == "CHN" for e in held)


def test_a_flagged_ship_outweighs_the_port_it_sailed_from(pipeline: Pipeline) -> None:
    # "the ship" is placed by the sentence's other country ("sailing from Chile"); its flag tells better
    text = (
        "LIMA, May 4 (Wire) - Peru said on Monday it had found rifles hidden under bags of rice on a "
        "Panamanian freighter sailing from Chile, and had detained the ship and its crew."
    )
    detained = by_trigger(events_of(pipeline, text, "2020-05-04"))["detained"][0]
    assert detained.source.country == "PER"
    assert detained.target is not None and detained.target.country == "PAN"
    assert CREW_FLAG in detained.evidence.steps


def test_a_seized_party_named_for_itself_keeps_its_country(pipeline: Pipeline) -> None:
    text = (
        "LIMA, May 4 (Wire) - Peruvian police stopped a Panamanian freighter off Callao on Monday. "
        "They detained two Chilean smugglers on board."
    )
    detained = by_trigger(events_of(pipeline, text, "2020-05-04"))["detained"][0]
    assert detained.target is not None and detained.target.country == "CHL"


def test_a_ship_of_no_flag_is_aimed_at_by_its_cargo_s_destination(pipeline: Pipeline) -> None:
    text = (
        "ROME, May 4 (Wire) - The Italian navy seized a freighter off Sicily on Monday carrying 30 tons of "
        "explosives that Italy said were bound for Libya."
    )
    seized = by_trigger(events_of(pipeline, text, "2020-05-04"))["seized"][0]
    assert seized.source.country == "ITA"
    assert seized.target is not None and seized.target.country == "LBY"
    assert CREW_FLAG in seized.evidence.steps
