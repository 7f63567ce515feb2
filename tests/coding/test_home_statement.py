"""A denial, appeal, demand or rejection in a story set in its source's own country, with no foreign party
near it, is aimed at that country (target:home-statement, coding/home_statement.py); sentences written
for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.home_statement import HOME_STATEMENT
from newsevents.pipeline import Pipeline

DAY = "2021-05-04"
_RAID = (
    "Jamaican troops raided a slum in the capital on Tuesday. Residents said soldiers had fired at random."
)
_REQUEST = "Jamaica asked the United States on Monday for help with the manhunt."


def _denial(pipeline: Pipeline, text: str):
    return by_trigger(events_of(pipeline, text, DAY))["denied"][0]


def test_denial_at_home_is_aimed_at_home(pipeline: Pipeline) -> None:
    text = f"KINGSTON, May 3 (Wire) - {_REQUEST} {_RAID} The army denied the charge."
    denial = _denial(pipeline, text)
    assert denial.root == "01" and denial.source.country == "JAM"
    assert denial.target is not None and denial.target.country == "JAM"
    assert HOME_STATEMENT in denial.evidence.steps


def test_counterpart_named_just_before_stays_the_target(pipeline: Pipeline) -> None:
    text = (
        "KINGSTON, May 3 (Wire) - Jamaican troops raided a slum in the capital on Tuesday. Residents said "
        "soldiers had fired at random. The United States asked Jamaica for help with the manhunt. "
        "The army denied the charge."
    )
    denial = _denial(pipeline, text)
    assert denial.target is not None and denial.target.country == "USA"
    assert HOME_STATEMENT not in denial.evidence.steps


def test_story_datelined_in_both_countries_keeps_the_counterpart(pipeline: Pipeline) -> None:
    text = f"KINGSTON/WASHINGTON, May 3 (Wire) - {_REQUEST} {_RAID} The army denied the charge."
    denial = _denial(pipeline, text)
    assert denial.target is not None and denial.target.country == "USA"
    assert HOME_STATEMENT not in denial.evidence.steps
