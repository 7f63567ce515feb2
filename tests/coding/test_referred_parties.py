"""Which party of an earlier act a reaction aims at (issue 10, helper agree2): "denounced the treaty"
refers back to the signing, not to a nearer cooperative act of a third party; "rejected the accusation"
made by several coordinated accusers aims at the first-named. Sentences written for these tests; each case
lists every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "'the treaty' refers back to the signing, not to a third party's nearer visit",
        "Peru and Ecuador signed a border treaty on Monday. Chile, which backed the talks, sent its foreign "
        "minister. Bolivia's state broadcaster denounced the treaty as treachery.",
        (("11", "BOL", "PER"),),
        step="target:referred-event",
    ),
    DyadCase(
        "an accusation made by coordinated accusers is rejected at the first-named one",
        "Norway, Sweden and Finland expelled Russian diplomats on Monday, accusing Moscow of espionage. "
        "Russia rejected the accusation.",
        (("01", "RUS", "NOR"),),
        step="target:referred-event",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_referred_parties(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
