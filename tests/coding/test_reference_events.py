"""Events whose parties are told by reference (issue 10, helper pref): a state by its form ("the
kingdom"), a named group by a generic noun ("the group") past a sentence whose subject is another
party, two parties by "they", two leaders' states by "the two sides", one of two by "the former" or "the
latter". Sentences written for these tests;
each case lists every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "'the kingdom' is the monarchy named before, not the emirate named last",
        "Saudi Arabia severed relations with Qatar on Monday. The kingdom further accused Doha of backing "
        "extremists.",
        (("11", "SAU", "QAT"),),
        step="actor:coreferent-country",
    ),
    DyadCase(
        "'the group' is the named group, though a state is the subject in between",
        "Hezbollah fighters captured two Israeli soldiers on Monday. Israel struck bridges across Lebanon, "
        "and Syria condemned the strikes. The group said it would release the soldiers only in a swap for "
        "prisoners.",
        (("03", "LBN", "ISR"),),
    ),
    DyadCase(
        "'they' after two leaders named together is both",
        "U.S. President Joe Biden and Kenyan President William Ruto met at the White House on Monday. They "
        "signed a trade accord.",
        (("05", "USA", "KEN"),),
        step="target:coordinated-subject",
    ),
    DyadCase(
        "'the two sides' after two leaders named together are their states",
        "Chinese President Xi Jinping and Taiwan's leader Ma Ying-jeou met on Saturday in a hotel that "
        "Singapore provided. The two sides agreed to set up a hotline.",
        (("04", "CHN", "TWN"), ("03", "CHN", "TWN")),
    ),
    DyadCase(
        "'the latter' and 'the former' are the second and first of two parties named together",
        "Greece and Turkey held talks in Athens on Monday. The latter accused the former of violating its "
        "airspace.",
        (("11", "TUR", "GRC"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_reference_events(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
