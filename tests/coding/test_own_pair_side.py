"""Round 34 (weakest9): an act on what passes between a pair ("suspended all flights between X and Y")
by one side of that pair is aimed at the other side only, not also at itself (coding/own_pair_side.py,
read by ``own_clause.own_side``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Lula on Monday suspended all charter flights between Brazil and Bolivia.",
            [("160", "BRA", "BOL")],
        ),
        ("Brazil on Monday halted trade between Brazil and Bolivia.", [("163", "BRA", "BOL")]),
        (
            # (a third party's act on the pair keeps both sides)
            "Brazil mediated talks between Bolivia and Peru on Monday.",
            [("045", "BRA", "BOL"), ("045", "BRA", "PER"), ("046", "BOL", "PER")],
        ),
    ],
)
def test_the_sources_own_side_of_a_between_pair_is_no_target(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(pipeline, text, "2024-03-04") == expected
