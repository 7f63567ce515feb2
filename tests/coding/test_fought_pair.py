"""The toll of a fight between two coordinated states is no target (coding/fought_pair.py). Sentences
written for these tests: the second side is the fight's counterpart, and neither side is read as firing
on its own public (175)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.fought_pair import fight_verbs
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "exchange of fire with its toll in a participle",
        "BANGKOK, May 4 (Wire) - Laotian and Thai border troops exchanged fire across the river on "
        "Sunday, killing three villagers, officials said.",
        (("19", "LAO", "THA"),),
        step="target:coordinated-subject",
    ),
    DyadCase(
        "a clash whose participle counts the dead",
        "Armenian and Azerbaijani soldiers clashed near the village of Tegh on Monday, killing four people.",
        (("19", "ARM", "AZE"),),
        step="target:coordinated-subject",
    ),
    DyadCase(
        "a toll placed on both sides",
        "Kyrgyz and Tajik border guards exchanged fire near the Vorukh enclave on Thursday, killing six "
        "guards and villagers on both sides.",
        (("19", "KGZ", "TJK"),),
        step="target:coordinated-subject",
    ),
    DyadCase(
        "a fight whose participle counts the wounded",
        "Peruvian and Ecuadorean patrols fought in the jungle on Tuesday, wounding six civilians.",
        (("19", "PER", "ECU"),),
        step="target:coordinated-subject",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fight_between_two_states(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
    # no side fires on its own people
    assert not [e.cameo for e in events_of(pipeline, case.text, "2021-03-10") if e.root == "17"]


def test_allies_striking_together_keep_their_victims(pipeline: Pipeline) -> None:
    # a one-way act by two states on a third party's town: the toll is still the target
    text = "Russian and Syrian warplanes bombed the market town on Friday, killing nine civilians."
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "19"]
    assert events
    assert all("target:coordinated-subject" not in e.evidence.steps for e in events)


def test_fight_verbs_are_lemmas() -> None:
    assert {"clash", "exchange", "fight"} <= fight_verbs()
    assert all(v == v.casefold() for v in fight_verbs())
