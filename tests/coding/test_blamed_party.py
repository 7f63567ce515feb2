"""A reaction whose object names its party by a modifier ("blamed Russian aircraft for the attack") is
aimed at that party, not at the source of the event its "for" phrase refers back to
(coding/referred.py ``_names_party``, issue 10 cause 1). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "the blamed aircraft's country, not the earlier attackers'",
        "Syrian rebels shelled a market in Aleppo on Monday. Washington blamed Russian aircraft for the "
        "attack.",
        (("11", "USA", "RUS"),),
        step="target:object",
    ),
    DyadCase(
        "the blamed militias' country, not the earlier attackers'",
        "Ethiopian troops attacked a police post in Kenya on Monday. Nairobi blamed Somali militias for "
        "the attack.",
        (("11", "KEN", "SOM"), ("19", "ETH", "KEN")),
    ),
    DyadCase(
        "a reaction naming no party still takes the referred event's source",
        "Greek jets bombed a Turkish frigate on Monday. Ankara condemned the attack.",
        (("11", "TUR", "GRC"),),
        step="target:referred-event",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_blamed_party(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
