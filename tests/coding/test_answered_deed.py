"""A reaction naming a deed no earlier event records answers the third country an earlier reaction was
aimed at, not that reaction's author (coding/answered_deed.py, helper rival). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.answered_deed import ANSWERED_DEED
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "condemns-the-deed-the-warning-answered",
            "GENEVA, May 4 (Wire) - Tehran was warned by Paris on Monday that it faced harsh penalties for "
            "firing a ballistic missile. Brazil, a trading partner of Tehran, condemned the launch as "
            "reckless.",
            (("11", "BRA", "IRN"),),
            step=ANSWERED_DEED,
        ),
    ],
    ids=lambda c: c.name,
)
def test_reaction_answers_the_deed_of_the_earlier_target(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
