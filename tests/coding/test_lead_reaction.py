"""A third country's reaction to "the attack" answers the story's lead attack, not the other side's
answer to it (issue 10, helper errparty2: coding/lead_reaction.py, read by coding/referred.py
``referred-event``); a party to the fighting still answers the nearest attack, the other side's. Every
sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.referred import REFERRED_EVENT
from newsevents.pipeline import Pipeline

_STORY = (
    "BAKU, May 4 (Wire) - Armenia shelled Azerbaijani positions near Tovuz on Monday, killing three "
    "soldiers. Azerbaijan fired rockets at Armenian villages hours later. "
)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "third-parties-condemn-the-lead",
            _STORY + "Kazakhstan and Georgia condemned the attack.",
            (("11", "KAZ", "ARM"), ("11", "GEO", "ARM")),
            step=REFERRED_EVENT,
        ),
        DyadCase(
            "a-party-condemns-the-answer",
            _STORY + "Armenia condemned the attack.",
            (("11", "ARM", "AZE"),),
            step=REFERRED_EVENT,
        ),
    ],
    ids=lambda c: c.name,
)
def test_third_party_reaction_answers_the_lead(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
