"""The defended-party target (coding/defended.py): troops sent to defend or protect a party of another
country are aimed at that party's country, not at the last foreign force the text named; a name that
places its bearer nowhere is placed by the story's country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.defended import DEFENDED_PARTY
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a leader named by his name alone, in a story set abroad",
        "NIAMEY (Wire) - Rebels attacked the capital of Niger. A new revolt broke out in May; Chad and Benin "
        "send troops to defend Mahamat.",
        (("15", "TCD", "NER"), ("15", "BEN", "NER")),
        step=DEFENDED_PARTY,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_defended_party(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
