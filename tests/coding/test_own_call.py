"""An appeal renewed as the source's own ("renewed Canada's call for an inquiry") is not aimed at its
possessor, the source's own country (target:own-call, coding/own_call.py); sentences written for these
tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.own_call import OWN_CALL
from newsevents.pipeline import Pipeline

DAY = "2021-06-11"


def test_a_renewed_call_is_aimed_at_the_other_party(pipeline: Pipeline) -> None:
    text = (
        "OTTAWA, June 10 (Wire) - Prime Minister Ana Ruiz on Thursday renewed Canada's call for an "
        "independent inquiry into the sinking of a Canadian trawler by a Chilean patrol boat last month."
    )
    renewed = by_trigger(events_of(pipeline, text, DAY))["renewed"][0]
    assert renewed.source.country == "CAN"
    assert renewed.target is None or renewed.target.country != "CAN"
    assert OWN_CALL in renewed.evidence.steps
