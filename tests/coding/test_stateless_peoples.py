"""Peoples coded as the state they live in (issue 10, helper pactor): the Rohingya (Myanmar), Uighurs
(China) and Chechens (Russia) take that state's code, as corpus/README.md's conventions code a state's
people (tools/curated_countries.tsv); unknown, they took the dateline's country. Sentences written for these
tests; each case lists every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "Rohingya activists abroad are Myanmar's people, not the dateline's",
        "THE HAGUE, March 9 (Wire) - Rohingya activists accused Myanmar's army on Monday of burning "
        "villages.",
        (("11", "MMR", "MMR"),),
    ),
    DyadCase(
        "Chechen rebels are Russia's",
        "GROZNY, March 9 (Wire) - Chechen rebels ambushed a Russian convoy on Monday.",
        (("18", "RUS", "RUS"),),
    ),
    DyadCase(
        "Uighur students are China's",
        "ALMATY, March 9 (Wire) - Chinese police detained dozens of Uighur students on Monday.",
        (("17", "CHN", "CHN"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_stateless_peoples(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
