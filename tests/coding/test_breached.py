"""Acts of force done in breach of a truce are ceasefire violations (issue 10; coding/breached.py).
Sentences written for these tests; each case names every event of its roots as (root, source country,
target country) and a step they all record."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "troops shell districts in violation of the ceasefire",
        "DAMASCUS, March 2 (Wire) - Syrian government troops shelled rebel districts of Aleppo in "
        "violation of the ceasefire on Monday, activists said.",
        (("19", "SYR", "SYR"),),
        step="code:in-breach",
    ),
    DyadCase(
        "an armed group's assault kept up in breach of the truce",
        "KIEV, Feb 18 (Wire) - Rebel fighters kept up their shelling of the town of Avdiivka in breach of "
        "the truce on Tuesday, the army said.",
        (("19", "UKR", "UKR"),),
        step="code:in-breach",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_in_breach(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        # no truce named: the shelling keeps its own code
        "DAMASCUS, March 2 (Wire) - Syrian government troops shelled rebel districts of Aleppo on Monday, "
        "activists said.",
        # a breach of something else is no ceasefire violation
        "DAMASCUS, March 2 (Wire) - Syrian government troops shelled rebel districts of Aleppo in breach "
        "of the law on Monday, activists said.",
    ],
)
def test_no_truce_no_violation(pipeline: Pipeline, text: str) -> None:
    codes = [e.cameo for e in events_of(pipeline, text, "2021-03-10") if e.root == "19"]
    assert codes == ["194"]
