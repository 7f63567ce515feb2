"""A place told again by its kind ("the enclave", "the province") in a patient's or destination's position
stands for the sub-national place named just before it, not for the country the article names most
(coding/place_noun.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _first(pipeline: Pipeline, text: str, trigger: str) -> Event:
    return by_trigger(events_of(pipeline, text, "2021-03-09"))[trigger][0]


def test_aid_entering_the_enclave_goes_to_the_place_named_before(pipeline: Pipeline) -> None:
    text = (
        "AMMAN, March 8 (Wire) - Israeli troops sealed Gaza last week. Thirty trucks of flour and blankets "
        "entered the enclave from Jordan on Monday."
    )
    entered = _first(pipeline, text, "entered")
    assert entered.source.country == "JOR"
    assert entered.target is not None and entered.target.country == "PSE"


def test_a_destination_with_an_adjective_is_still_the_place(pipeline: Pipeline) -> None:
    text = (
        "AMMAN, March 8 (Wire) - Israeli troops sealed the Gaza Strip last week. On Monday Jordan sent "
        "fifty trucks of flour into the besieged enclave."
    )
    sent = _first(pipeline, text, "sent")
    assert sent.target is not None and sent.target.country == "PSE"


def test_a_noun_that_names_its_own_place_is_read_as_written(pipeline: Pipeline) -> None:
    text = (
        "KINSHASA, March 8 (Wire) - Rwanda accused Congo of backing militias near Goma. Congolese troops "
        "shelled the town of Gisenyi on Monday."
    )
    shelled = _first(pipeline, text, "shelled")
    assert shelled.target is not None and shelled.target.country == "RWA"
