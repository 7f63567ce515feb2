"""The home-reference target (coding/home_reference.py, issue 10, commentary shapes): a legislator's, the
opposition's or a former leader's criticism of an act named only by a referring noun ("the deal", "the
move"), naming no other state, is aimed at the critic's own country wherever the story is set; a
government's criticism, or a critic who names the other state, keeps the referred act's maker. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a senator on the deal, in a story set abroad",
        "DOHA - Qatar and Bahrain signed a maritime accord on Sunday. Senator John Smith of Bahrain "
        "called the deal a betrayal.",
        (("11", "BHR", "BHR"),),
        step="target:home-reference",
    ),
    DyadCase(
        "an opposition leader on the move",
        "NICOSIA - Turkey and Greece agreed on Monday to reopen talks on the Aegean. Greek opposition "
        "leader Nikos Papas denounced the move as a surrender.",
        (("11", "GRC", "GRC"),),
        step="target:home-reference",
    ),
    DyadCase(
        "the critic names the other state: the referred act's maker",
        "NICOSIA - Turkey and Greece agreed on Monday to reopen talks on the Aegean. Greek opposition "
        "leader Nikos Papas denounced the move as a surrender to Ankara.",
        (("11", "GRC", "TUR"),),
    ),
    DyadCase(
        "a government's criticism keeps the referred act's maker",
        "DOHA - Qatar and Bahrain signed a maritime accord on Sunday. Iran's foreign ministry called the "
        "deal a provocation.",
        (("11", "IRN", "QAT"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_reference(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
