"""A speaker saying an act was, or was not, done to itself ("said it had not been warned") tells what
befell it: neither its own threat (the speaker-stance move of coding/stance.py needs a modal) nor a
denial of its own part (the denied-act rule of coding/judgement.py reads passives only of a part
had, "were not involved"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.judgement import DENIED_ACT
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "OSLO (Wire) - Norway said it had not been warned about the missile test.",
        "LISBON (Wire) - Portugal said it was not warned before the air strike.",
        "LISBON (Wire) - Portugal said it had not been consulted about the blockade.",
        "MINSK (Wire) - Belarus said its soldiers had not been attacked.",
    ],
)
def test_an_act_not_done_to_the_speaker_is_no_event_of_its_own(pipeline: Pipeline, text: str) -> None:
    codes = [e.cameo for e in events_of(pipeline, text, "2015-06-10")]
    assert not [c for c in codes if c[:2] in ("13", "01")]


def test_a_reported_agentless_threat_with_a_modal_stays_the_speakers(pipeline: Pipeline) -> None:
    text = "HANOI (Wire) - Vietnam said any incursion would be met with a firm response."
    events = events_of(pipeline, text, "2015-06-10")
    assert [(e.cameo[:2], e.source.country) for e in events] == [("13", "VNM")]


def test_denying_the_own_sides_involvement_is_still_a_denial(pipeline: Pipeline) -> None:
    text = "MINSK (Wire) - Belarus said its troops were not involved in the raid."
    events = events_of(pipeline, text, "2015-06-10")
    assert [(e.cameo, e.source.country) for e in events] == [("016", "BLR")]
    assert DENIED_ACT in events[0].evidence.steps
