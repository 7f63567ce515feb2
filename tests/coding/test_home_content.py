"""A protest whose object noun names the protest itself ("called a general strike", "called a protest")
answers no lead event by another country (selection's reaction rule, ``home_content_roots`` in
words.toml): it keeps its place or the protesters' own country. Neither does a measure so named
(``measure_content_roots``: "imposed a curfew", "held drills", "imposed new sanctions"): it keeps the
counterpart the target rules find, which for sanctions after a rival's test is still the rival (round 32,
coactors). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a general strike called after a foreign appeal",
        "KATHMANDU, Feb 3 (Wire) - India urged Nepal's king on Tuesday to restore democracy. The Maoist "
        "rebels called a three-day general strike in response.",
        (("14", "NPL", "NPL"),),
    ),
    DyadCase(
        "a protest called after a foreign visit",
        "SKOPJE, May 10 (Wire) - Albania's prime minister visited Skopje on Monday. The opposition leader "
        "called a protest for next week.",
        (("14", "MKD", "MKD"),),
    ),
    DyadCase(
        "sanctions imposed still go to the rival",
        "SEOUL, May 2 (Wire) - North Korea fired two missiles into the sea on Monday. South Korea imposed "
        "new sanctions.",
        (("16", "KOR", "PRK"),),
    ),
    DyadCase(
        "a curfew imposed after a foreign condemnation",
        "TEGUCIGALPA, Jun 30 (Wire) - Venezuela condemned the ouster of the Honduran president on Sunday. "
        "The interim government in Tegucigalpa imposed a night curfew.",
        (("17", "HND", "HND"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_content(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
