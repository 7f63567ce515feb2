"""Distinct acts of one pair and root (issue 10, probe round): a specific act told after a noun that named
the fighting in general is an event of its own, not a restatement. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding import selection
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        (
            "Residents fled after clashes between Thai and Cambodian soldiers near the temple. "
            "Thailand's army said it had seized a Cambodian outpost.",
            "clashes",
            "seized",
        ),
        (
            "Aid convoys were halted on Monday because of fierce fighting between Ethiopian troops and "
            "Eritrean forces near Badme. Ethiopia's army said it had recaptured three villages.",
            "fighting",
            "recaptured",
        ),
    ],
)
def test_a_specific_act_after_general_fighting_is_its_own_event(
    pipeline: Pipeline, text: str, noun: str, verb: str
) -> None:
    events = by_trigger(events_of(pipeline, text, PUBLISHED_ON))
    assert noun in events and verb in events, sorted(events)
    assert events[noun][0].cameo == "190" and events[verb][0].cameo == "192"


def test_a_noun_after_the_act_still_restates_it(pipeline: Pipeline) -> None:
    text = (
        "Israeli jets bombed Hamas positions in Gaza on Tuesday. "
        "The Israeli air strikes on Gaza killed at least six militants, medics said."
    )
    violent = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "19"]
    assert len(violent) == 1 and selection.RESTATEMENT in violent[0].evidence.steps
