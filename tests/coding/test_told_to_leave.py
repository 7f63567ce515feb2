"""A state telling its own staff or citizens to leave a foreign country, or not to travel there, or
evacuating them, acts on that country (coding/told_to_leave.py, code:told-to-leave): a reduction of
relations (16), or an appeal (02) kept as such, aimed at the country left rather than at the state's own
people; another state's diplomats ordered out stay an expulsion. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.told_to_leave import LEFT_ALIKE, TOLD_TO_LEAVE
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


def test_a_bare_telling_to_leave_faces_the_country_left(pipeline: Pipeline) -> None:
    # (missed6: "told its citizens to leave X" had no row: the bare telling verb reports, 010)
    text = "OTTAWA, March 3 (Wire) - Canada told its nationals to leave Lebanon while flights still ran."
    told = by_trigger(events_of(pipeline, text, "2020-03-03"))["told"][0]
    assert told.root == "16"
    assert told.source.country == "CAN"
    assert told.target is not None and told.target.country == "LBN"


def test_airlines_told_to_stop_flying_over_a_country_face_it(pipeline: Pipeline) -> None:
    text = "BERLIN, March 3 (Wire) - Germany told its airlines on Tuesday to stop flying over Iran."
    told = by_trigger(events_of(pipeline, text, "2020-03-03"))["told"][0]
    assert told.root == "16"
    assert told.target is not None and told.target.country == "IRN"


def test_a_later_telling_with_no_place_leaves_the_same_country(pipeline: Pipeline) -> None:
    # (missed6: "their citizens" is neither the country left nor the co-subject's country)
    text = (
        "OSLO, March 3 (Wire) - Norway urged all Norwegians in Venezuela to depart within two days. "
        "Sweden and Finland also told their citizens to leave."
    )
    told = by_trigger(events_of(pipeline, text, "2020-03-03"))["told"]
    assert {(e.source.country, e.target.country if e.target else None) for e in told} == {
        ("SWE", "VEN"),
        ("FIN", "VEN"),
    }
    assert all(LEFT_ALIKE in e.evidence.steps for e in told)
