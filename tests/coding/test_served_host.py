"""Peacekeeping and observer missions ended or withdrawn are aimed at the country they served in
(coding/served_host.py, the ne.ppeace rows), and a state's contingent in an international force is its
state's (actors/national_force.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.served_host import SERVED_HOST
from newsevents.pipeline import Pipeline


def test_ended_mission_is_aimed_at_its_host(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK, March 4 (Wire) - The Security Council on Tuesday ended the U.N. peacekeeping mission "
        "in Zambia after twelve years."
    )
    ended = by_trigger(events_of(pipeline, text, "2020-03-04"))["ended"][0]
    assert ended.cameo == "1661"
    assert ended.target is not None and ended.target.country == "ZMB"
    assert SERVED_HOST in ended.evidence.steps


def test_wound_up_observer_mission(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK, March 4 (Wire) - The Security Council voted on Tuesday to wind up its observer "
        "mission in Zambia."
    )
    wound = [e for e in events_of(pipeline, text, "2020-03-04") if e.cameo == "1662"]
    assert wound and wound[0].target is not None and wound[0].target.country == "ZMB"


def test_monitors_withdrawn_from_a_country(pipeline: Pipeline) -> None:
    text = "OSLO, March 4 (Wire) - Norway said on Tuesday it was withdrawing its monitors from Nepal."
    withdrawing = by_trigger(events_of(pipeline, text, "2020-03-04"))["withdrawing"][0]
    assert withdrawing.cameo == "1662"
    assert withdrawing.source.country == "NOR"
    assert withdrawing.target is not None and withdrawing.target.country == "NPL"


def test_a_named_target_stays(pipeline: Pipeline) -> None:
    text = "NEW YORK, March 4 (Wire) - Zambia expelled the U.N. observers on Tuesday."
    for e in events_of(pipeline, text, "2020-03-04"):
        assert SERVED_HOST not in e.evidence.steps


def test_seized_peacekeepers_are_hostages(pipeline: Pipeline) -> None:
    text = "BEIRUT, March 4 (Wire) - Gunmen seized 30 Fijian peacekeepers near the border on Tuesday."
    seized = by_trigger(events_of(pipeline, text, "2020-03-04"))["seized"][0]
    assert seized.cameo == "181"
    assert seized.target is not None and seized.target.country == "FJI"


def test_national_contingent_of_an_international_force(pipeline: Pipeline) -> None:
    text = (
        "PORT-AU-PRINCE, March 4 (Wire) - The first 200 Kenyan police officers of a U.N.-backed force "
        "landed in Haiti on Tuesday."
    )
    landed = by_trigger(events_of(pipeline, text, "2020-03-04"))["landed"][0]
    assert landed.source.country == "KEN"
    assert landed.source.role == "COP"


def test_un_peacekeepers_with_no_state_stay_the_body_s(pipeline: Pipeline) -> None:
    text = "BEIRUT, March 4 (Wire) - U.N. peacekeepers patrolled the border area on Tuesday."
    for e in events_of(pipeline, text, "2020-03-04"):
        assert e.source.country is None
