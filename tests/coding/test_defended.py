"""The defended-party target (coding/defended.py): troops sent to defend or protect a party of another
country are aimed at that party's country, not at the last foreign force the text named; a name that
places its bearer nowhere is placed by the story's country. Troops sent to the sender's own border face
the rival the story is about. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.defended import DEFENDED_PARTY
from newsevents.coding.targets import FORCE_COUNTERPART
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

BORDER_CASES = [
    DyadCase(
        "troops to its own border face the story's rival, not the last passer-by",
        "QUITO (Wire) - Peruvian troops crossed the border and raided a camp in Ecuador on Saturday. Peru "
        "apologised to Quito for the raid. Bolivia's president called for calm. Ecuador sent troops to its "
        "southern border.",
        (("15", "ECU", "PER"),),
        step=FORCE_COUNTERPART,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_defended_party(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize("case", BORDER_CASES, ids=[c.name for c in BORDER_CASES])
def test_troops_to_own_border(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
