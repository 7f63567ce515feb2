"""An expulsion noun whose maker is not named is made by the country of its "from" phrase
(source:expelled-from, coding/expelled_from.py), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.expelled_from import EXPELLED_FROM
from newsevents.pipeline import Pipeline


def test_deportation_from_a_country_is_that_countrys(pipeline: Pipeline) -> None:
    text = "The deportation of 300 Mexican workers from Belize began on Monday."
    deportation = by_trigger(events_of(pipeline, text, "2020-01-06"))["deportation"][0]
    assert deportation.root == "17"
    assert deportation.source.country == "BLZ" and deportation.source.role == "GOV"
    assert deportation.target is not None and deportation.target.country == "MEX"
    assert EXPELLED_FROM in deportation.evidence.steps


def test_named_maker_keeps_its_own_rule(pipeline: Pipeline) -> None:
    text = "The deportation of 300 Mexican workers by Belize began on Monday."
    deportation = by_trigger(events_of(pipeline, text, "2020-01-06"))["deportation"][0]
    assert deportation.source.country == "BLZ"
    assert EXPELLED_FROM not in deportation.evidence.steps


def test_expulsion_with_no_place_makes_no_event(pipeline: Pipeline) -> None:
    text = "The deportation of 300 Mexican workers began on Monday."
    assert "deportation" not in by_trigger(events_of(pipeline, text, "2020-01-06"))
