"""Envoys summoned or expelled are another state's (coding/foreign_envoys.py): an ambassador named by title
and an unknown name, read as the summoning state's own, is the story's other state's, or the state his
own phrase names. Sentences written for these tests; each case lists every event of its roots as (root,
source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "an ambassador with an unknown name summoned is the other state's",
        "A Dutch frigate sailed through the strait near Taiwan on Monday. China summoned Ambassador Pieter "
        "Smit to protest.",
        (("11", "CHN", "NLD"),),
        step="target:foreign-envoy",
    ),
    DyadCase(
        "a minister who summons an envoy and judges the act aims the summons abroad",
        "A Dutch frigate sailed near the Paracels on Monday. Chinese Vice Foreign Minister Li Wen summoned "
        "Ambassador Pieter Smit and called the voyage a provocation.",
        (("11", "CHN", "NLD"),),
    ),
    DyadCase(
        "diplomats expelled 'from' countries the verb names are theirs, not the expelling state's",
        "Riots broke out in Minsk over the vote. Lukashenko's government expelled diplomats from four "
        "European countries, including Lithuania and Poland, that had questioned the count.",
        (("16", "BLR", "LTU"),),
        step="target:foreign-envoy",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_foreign_envoys(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
