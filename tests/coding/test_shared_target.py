"""The shared target (coding/shared_target.py, issue 10): an act that needs a counterpart and names none,
whose verb is joined by "and" to a verb of the same source that names a foreign target, is aimed at that
target, not at the article's most named country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a demand joined to a condemnation of another party's raids",
        "SANAA, May 4 (Wire) - Yemen's rebels seized two towns in Yemen's north on Monday, and Yemen's "
        "army fled. Saudi jets bombed rebel positions around Sanaa later in the day. Iran condemned the "
        "raids by the Saudi jets and demanded an immediate halt.",
        (("10", "IRN", "SAU"),),
        step="target:shared-target",
    ),
    DyadCase(
        "a threat joined to a criticism of a named state",
        "SEOUL, May 4 (Wire) - North Korea fired two missiles into the sea on Monday, and Japan protested. "
        "South Korea's president criticised Pyongyang and warned of a firm response.",
        (("13", "KOR", "PRK"),),
        step="target:shared-target",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_shared_target(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
