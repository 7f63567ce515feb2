"""A declared state of emergency or martial law stays at home when a clause of its sentence names a foreign
party (coding/emergency_home.py, ``kept_home``): the visit cut short, the invader's offensive told before.
Sentences written for these tests; each case lists every event of its roots as (root, source country,
target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "martial law declared while cutting short a visit abroad is over the state's own ground",
        "Peruvian President Maria Lopez declared martial law across the southern provinces that night, "
        "cutting short a visit to Madrid.",
        (("17", "PER", "PER"),),
        step="target:emergency-at-home",
    ),
    DyadCase(
        "martial law declared after the neighbour's offensive is not aimed at the neighbour",
        "Tajikistan opens an assault along the disputed frontier; Kyrgyzstan declares martial law and calls "
        "up its reserves.",
        (("17", "KGZ", "KGZ"),),
        step="target:emergency-at-home",
    ),
    DyadCase(
        "a territory with a code of its own that the declaration names keeps its code",
        "NOUMEA, June 3 (Wire) - The French government declared a state of emergency across New Caledonia "
        "on Tuesday as unrest over a land bill left five people dead.",
        (("15", "FRA", "NCL"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_emergency_kept_home(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
