"""A yielding that undoes a measure of the state's own rule, or concedes an election, stays at home
(coding/home_yield.py): neither the story's counterpart nor the sentence's foreign party is the party it
yields to, while a tax withdrawn after a quarrel with another state still answers that state. Sentences
written for these tests; each case lists every event of its roots as (root, source country, target
country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a pension overhaul withdrawn after protests is undone at home, not yielded to a foreign welcomer",
        "MANAGUA, April 23 (Wire) - Nicaraguan President Ana Ruiz withdrew a contested overhaul of the "
        "pension system on Sunday after five days of protests, and the U.S. State Department welcomed "
        "the move.",
        (("08", "NIC", "NIC"),),
        step="target:home-yield",
    ),
    DyadCase(
        "martial law lifted is lifted at home, whatever foreign ministry watched",
        "SEOUL, Dec 4 (Wire) - President Kim Dae-ho lifted martial law early on Wednesday, six hours after "
        "declaring it, and China's foreign ministry said it was watching closely.",
        (("08", "KOR", "KOR"),),
        step="target:home-yield",
    ),
    DyadCase(
        "an election conceded in a story that pairs the state with another is conceded at home",
        "The Russian foreign minister flew to Belgrade on Thursday for talks with the Serbian president. "
        "On Friday the Serbian president conceded defeat.",
        (("08", "SRB", "SRB"),),
        step="target:home-yield",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_yield(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
