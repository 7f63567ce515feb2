"""A resignation is aimed at the leader's own country, not at the broker, host or place its sentence names;
flying into exile keeps the host as its target (coding/resigned_home.py). Sentences written for these tests;
each case lists every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "stepping down under a deal a neighbour brokered stays at home; the flight into exile has its host",
        "LIMA, March 9 (Wire) - Bolivia's president stepped down on Tuesday under a deal brokered by Brazil, "
        "and later flew into exile in Paraguay.",
        (("08", "BOL", "BOL"), ("08", "BOL", "PRY")),
    ),
    DyadCase(
        "a resignation under an agreement with a foreign power is not aimed at that power",
        "SANTO DOMINGO, March 9 (Wire) - The army chief of Honduras resigned on Tuesday under an agreement "
        "with the United States.",
        (("08", "HND", "HND"),),
        step="target:resigned-home",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_resigned_home(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
