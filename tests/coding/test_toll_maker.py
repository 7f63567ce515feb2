"""Agentless tolls told after a named act of force (coding/toll_maker.py), on sentences written for these
tests: the toll is that act's outcome, or, dated apart, an act of the same maker (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.toll_maker import TOLL_MAKER
from newsevents.pipeline import Pipeline

_SHELLED = "TBILISI, March 4 (Wire) - Armenian artillery shelled the Georgian town of Sadakhlo on Monday."


def test_toll_after_a_named_attack_is_its_outcome(pipeline: Pipeline) -> None:
    text = f"{_SHELLED} At least 12 people were killed, hospital officials said."
    events = by_trigger(events_of(pipeline, text, "2024-03-04"))
    assert "killed" not in events  # (not a Georgian killing of Georgians: the shelling's toll)
    assert events["shelled"][0].source.country == "ARM"


def test_toll_dated_apart_keeps_the_named_maker(pipeline: Pipeline) -> None:
    text = f"{_SHELLED} Three more civilians were killed on Thursday, hospital officials said."
    killed = by_trigger(events_of(pipeline, text, "2024-03-04"))["killed"][0]
    assert killed.source.country == "ARM"
    assert killed.target is not None and killed.target.country == "GEO"
    assert TOLL_MAKER in killed.evidence.steps


def test_one_named_victim_is_no_toll(pipeline: Pipeline) -> None:
    text = f"{_SHELLED} The town's mayor was killed on Thursday, officials said."
    killed = by_trigger(events_of(pipeline, text, "2024-03-04"))["killed"][0]
    assert TOLL_MAKER not in killed.evidence.steps


def test_threatened_attack_gives_no_maker(pipeline: Pipeline) -> None:
    text = (
        "TBILISI, March 4 (Wire) - Armenia threatened to shell the Georgian town of Sadakhlo. At least 12 "
        "people were killed, hospital officials said."
    )
    killed = by_trigger(events_of(pipeline, text, "2024-03-04"))["killed"][0]
    assert killed.source.country == "GEO"
    assert TOLL_MAKER not in killed.evidence.steps


def test_strikes_referred_to_are_those_on_the_victims_country(pipeline: Pipeline) -> None:
    # (referred_maker.py: of the earlier named acts of force, the one on the casualties' own country)
    text = (
        "YEREVAN, May 3 (Wire) - Azerbaijani jets bombed the Armenian town of Goris on Tuesday, a day after "
        "Armenian troops seized two Azerbaijani border posts. Armenian officials said 30 civilians had been "
        "killed in the raids."
    )
    killed = by_trigger(events_of(pipeline, text, "2024-05-03"))["killed"][0]
    assert killed.source.country == "AZE"
    assert killed.target is not None and killed.target.country == "ARM"
