"""A state's strike on its own country's armed group where it shelters abroad is aimed at the country it
happened in (coding/camps_abroad.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.camps_abroad import CAMPS_ABROAD
from newsevents.pipeline import Pipeline


def test_strike_on_a_home_group_s_camps_abroad(pipeline: Pipeline) -> None:
    text = "ANKARA, March 4 (Wire) - Turkish warplanes struck PKK camps in northern Iraq on Tuesday."
    struck = by_trigger(events_of(pipeline, text, "2020-03-04"))["struck"][0]
    assert struck.source.country == "TUR"
    assert struck.target is not None and struck.target.country == "IRQ"
    assert CAMPS_ABROAD in struck.evidence.steps


def test_strike_on_the_group_at_home_stays_on_the_group(pipeline: Pipeline) -> None:
    text = "ANKARA, March 4 (Wire) - Turkish warplanes struck PKK camps in Hakkari province on Tuesday."
    struck = by_trigger(events_of(pipeline, text, "2020-03-04"))["struck"][0]
    assert CAMPS_ABROAD not in struck.evidence.steps
