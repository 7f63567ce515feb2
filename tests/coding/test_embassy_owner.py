"""An act done to an embassy whose owner is not named is aimed at the other country the story is about,
not at the doers' own country (target:embassy-owner, coding/embassy_owner.py); sentences written for these
tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.embassy_owner import EMBASSY_OWNER
from newsevents.pipeline import Pipeline

DAY = "2019-03-12"


def test_a_stormed_embassy_is_the_other_state(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, March 12 (Wire) - Chile recalled its ambassador from Bolivia on Tuesday and shut its "
        "embassy in La Paz, a day after Bolivian protesters ransacked the embassy compound."
    )
    storming = by_trigger(events_of(pipeline, text, DAY))["ransacked"][0]
    assert storming.source.country == "BOL"
    assert storming.target is not None and storming.target.country == "CHL"
    assert EMBASSY_OWNER in storming.evidence.steps


def test_a_named_owner_is_read_from_the_phrase(pipeline: Pipeline) -> None:
    text = (
        "LA PAZ, March 12 (Wire) - Bolivian protesters ransacked the Peruvian embassy on Monday. Chile "
        "called for calm."
    )
    storming = by_trigger(events_of(pipeline, text, DAY))["ransacked"][0]
    assert storming.target is not None and storming.target.country == "PER"
    assert EMBASSY_OWNER not in storming.evidence.steps


def test_a_riot_elsewhere_stays_at_home(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, March 12 (Wire) - Chile recalled its ambassador from Bolivia on Tuesday, a day after "
        "Bolivian protesters ransacked the town hall in Oruro."
    )
    storming = by_trigger(events_of(pipeline, text, DAY))["ransacked"][0]
    assert EMBASSY_OWNER not in storming.evidence.steps
