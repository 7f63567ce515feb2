"""A refusal to leave office is aimed at the refuser's own country (coding/refused_office.py). Every
sentence is invented."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.refused_office import REFUSED_OFFICE
from newsevents.pipeline import Pipeline


def test_refusal_to_step_down_stays_at_home_beside_a_foreign_country(pipeline: Pipeline) -> None:
    """The foreign country named after the refusal is no party to it."""
    text = (
        "BANJUL, May 3 (Wire) - President Yahya Jammeh of Gambia has refused to step down since losing the "
        "election, and Senegal has massed troops on the border."
    )
    refused = by_trigger(events_of(pipeline, text, "2017-01-10"))["refused"][0]
    assert refused.root == "12"
    assert refused.target is not None and refused.target.country == "GMB"
    assert REFUSED_OFFICE in refused.evidence.steps


def test_refusal_of_another_act_keeps_its_party(pipeline: Pipeline) -> None:
    text = "Peru's president refused to meet the Chilean envoy on Monday."
    for event in events_of(pipeline, text, "2017-01-10"):
        assert REFUSED_OFFICE not in event.evidence.steps
