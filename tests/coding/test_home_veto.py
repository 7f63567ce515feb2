"""A veto of home legislation (coding/home_veto.py): "said she would veto the bill" naming no counterpart is
aimed at the vetoer's own country, not at the story's foreign party; a council member's veto of a
resolution keeps its object's country. And a bare "the Senate" (actors/generic_bodies.py) is the chamber
of the country the story is about, the United States' only where the dateline or a party named before it
places it there. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.home_veto import HOME_VETO
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a bill vetoed at home, with a foreign critic in the story",
        "TBILISI, May 14 (Wire) - Georgia's parliament passed a media law on Tuesday. The United States said "
        "the law copied Russian rules. President Anna Berdze said she would veto the bill.",
        (("12", "GEO", "GEO"),),
        step=HOME_VETO,
    ),
    DyadCase(
        "a council resolution vetoed keeps its drafter",
        "UNITED NATIONS, May 14 (Wire) - Russia vetoed a French resolution on Syria on Tuesday.",
        (("12", "RUS", "FRA"),),
    ),
    DyadCase(
        "the Senate of the story's own country",
        "LA PAZ, Nov 11 (Wire) - Bolivia's president dissolved the cabinet on Sunday. The Senate condemned "
        "the president. The U.S. ambassador arrived in La Paz.",
        (("11", "BOL", "BOL"),),
    ),
    DyadCase(
        "the Senate in a story from Washington",
        "WASHINGTON, Nov 11 (Wire) - The Senate condemned Russia on Tuesday over its strikes on Ukraine.",
        (("11", "USA", "RUS"),),
    ),
    DyadCase(
        "the Senate after the U.S. House, in a story from elsewhere",
        "LIMA, Nov 11 (Wire) - The U.S. House of Representatives passed a bill on Peru's debt on Tuesday. "
        "The Senate condemned Chile.",
        (("11", "USA", "CHL"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_veto_and_generic_bodies(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
