"""Forces withdrawn in an agentless passive are withdrawn by their own state (source:withdrawn-passive,
coding/withdrawn.py), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.withdrawn import WITHDRAWN_PASSIVE
from newsevents.pipeline import Pipeline


def test_future_agentless_withdrawal_is_the_forces_state_intent(pipeline: Pipeline) -> None:
    text = "Armenian troops will be pulled back from the ceasefire line under the deal."
    pulled = by_trigger(events_of(pipeline, text, "2020-11-10"))["pulled"][0]
    assert pulled.cameo.startswith("035")
    assert pulled.source.country == "ARM" and pulled.source.role == "GOV"
    assert WITHDRAWN_PASSIVE in pulled.evidence.steps


def test_done_agentless_withdrawal_leaves_the_named_country(pipeline: Pipeline) -> None:
    text = "Two hundred Syrian soldiers were withdrawn from Lebanon on Friday."
    withdrawn = by_trigger(events_of(pipeline, text, "2005-03-12"))["withdrawn"][0]
    assert withdrawn.cameo.startswith("087")
    assert withdrawn.source.country == "SYR"
    assert withdrawn.target is not None and withdrawn.target.country == "LBN"


def test_withdrawn_goods_are_no_forces(pipeline: Pipeline) -> None:
    # (only a state's forces make the withdrawal their state's: ambassadors and offers are not moved back)
    text = "The offer was withdrawn on Friday."
    for event in events_of(pipeline, text, "2005-03-12"):
        assert WITHDRAWN_PASSIVE not in event.evidence.steps
