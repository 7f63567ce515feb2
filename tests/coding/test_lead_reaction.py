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


def test_reaction_skips_an_act_placed_only_by_a_third_country_dateline(pipeline: Pipeline) -> None:
    """An agentless toll given the dateline's country (filed from a neighbour's capital the text never
    names again) is no party to answer: the strike's named maker is."""
    check_dyads(
        pipeline,
        DyadCase(
            "dateline-guess-skipped",
            "NAIROBI, March 3 (Wire) - Sudan's air force said on Monday it had bombed a rebel camp in "
            "Darfur. At least 40 villagers were killed in a market nearby, residents said. Norway condemned "
            "the strike.",
            (("11", "NOR", "SDN"),),
            step=REFERRED_EVENT,
        ),
    )
