"""A state telling its own staff or citizens to leave a foreign country, or not to travel there, or
evacuating them, acts on that country (coding/told_to_leave.py, code:told-to-leave): a reduction of
relations (16), or an appeal (02) kept as such, aimed at the country left rather than at the state's own
people; another state's diplomats ordered out stay an expulsion. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.told_to_leave import TOLD_TO_LEAVE
from newsevents.pipeline import Pipeline


def test_embassy_staff_ordered_out_and_citizens_urged_to_go_face_the_host(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 3 (Wire) - Norway ordered its embassy staff in Caracas to leave on Tuesday and urged "
        "all Norwegians in Venezuela to depart."
    )
    events = by_trigger(events_of(pipeline, text, "2020-03-03"))
    ordered, urged = events["ordered"][0], events["urged"][0]
    assert ordered.root == "16" and ordered.target is not None and ordered.target.country == "VEN"
    assert urged.root == "02" and urged.target is not None and urged.target.country == "VEN"
    assert TOLD_TO_LEAVE in ordered.evidence.steps


def test_a_warning_not_to_travel_is_no_threat_to_ones_own_people(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - The foreign ministry warned Norwegians not to travel to Chile."
    warned = by_trigger(events_of(pipeline, text, "2020-03-03"))["warned"][0]
    assert warned.root == "16"
    assert warned.source.country == "NOR"
    assert warned.target is not None and warned.target.country == "CHL"


def test_an_embassy_evacuating_its_staff_draws_down_relations(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, March 3 (Wire) - Chile expelled Norway's ambassador on Monday. The Norwegian embassy "
        "began evacuating its staff and their families on Tuesday."
    )
    evacuating = by_trigger(events_of(pipeline, text, "2020-03-03"))["evacuating"][0]
    assert evacuating.root == "16"
    assert evacuating.target is not None and evacuating.target.country == "CHL"


def test_another_states_diplomats_ordered_out_stay_an_expulsion(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - Norway ordered 12 Chilean diplomats to leave the country on Tuesday."
    ordered = by_trigger(events_of(pipeline, text, "2020-03-03"))["ordered"][0]
    assert ordered.root == "16"
    assert ordered.target is not None and ordered.target.country == "CHL"
    assert TOLD_TO_LEAVE not in ordered.evidence.steps


def test_most_of_its_staff_told_to_leave_are_its_own_people(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - Norway ordered most of its embassy staff in Santiago to leave on Tuesday."
    ordered = by_trigger(events_of(pipeline, text, "2020-03-03"))["ordered"][0]
    assert ordered.root == "16"
    assert ordered.target is not None and ordered.target.country == "CHL"
    assert TOLD_TO_LEAVE in ordered.evidence.steps
