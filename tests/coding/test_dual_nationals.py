"""A person of two nationalities ("a British-Iranian aid worker") is one party, not one per country
(actors/dual_nationals.py): the country other than the story's own when the story is of one of the two,
else the one named first. Sentences written for these tests; each case lists every event
of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a dual national freed by one of the two states is the other's",
        "TEHRAN - Iran on Monday freed an Iranian-Canadian engineer it had held since 2019.",
        (("08", "IRN", "CAN"),),
    ),
    DyadCase(
        "with no dateline, the story's country is the one it names most",
        "Iran on Monday freed a British-Iranian aid worker held since 2016. Iranian state media said she "
        "had served her sentence.",
        (("08", "IRN", "GBR"),),
    ),
    DyadCase(
        "in a third country's story, the country named first",
        "Egypt on Thursday freed a Canadian-Israeli student it had held for four months. Cairo said the "
        "student would fly home on Friday, and Egyptian officials declined to comment.",
        (("08", "EGY", "CAN"),),
    ),
    DyadCase(
        "a hyphened heritage before a demonym head stays the head's country",
        "Four Iranian-Americans were freed by Iran on Monday.",
        (("08", "IRN", "USA"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_dual_nationals(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
