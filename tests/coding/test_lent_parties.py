"""Phrases that lend no party to a fallback target (coding/doers.py ``lends_no_party``, issue 10,
target errors): the agent of a participle that describes a thing, a scene phrase ("after ...") and the
clause of a coordinated verb name no counterpart of the act, for the object-phrase, foreign-counterpart
and force-counterpart fallbacks alike. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a coordinated verb's party is not the censor's counterpart",
        "KATHMANDU, June 2 (Wire) - The Nepalese government imposed censorship on all reporting of the "
        "unrest and asked India for help in evacuating its citizens.",
        (("17", "NPL", "NPL"), ("02", "NPL", "IND")),
    ),
    DyadCase(
        "martial law after a neighbour's shelling stays at home",
        "YEREVAN, Oct 1 (Wire) - Armenia declared martial law after Azerbaijani shelling of its border "
        "villages on Tuesday.",
        (("17", "ARM", "ARM"),),
        step="target:implicit",
    ),
    DyadCase(
        "a curfew after a neighbour's shelling stays at home (object phrase)",
        "TBILISI, Oct 1 (Wire) - Georgia imposed a curfew after Russian shelling of its border villages "
        "on Tuesday.",
        (("17", "GEO", "GEO"),),
    ),
    DyadCase(
        "the broker of a truce is not the party a withdrawal leaves",
        "BAKU, Nov 3 (Wire) - Armenian troops pulled out of the Lachin district on Monday under the truce "
        "brokered by Moscow last month.",
        (("08", "ARM", "AZE"),),
    ),
    DyadCase(
        "a country after the participle's agent still lends its party",
        "Kenya welcomed the peace plan drafted by Ethiopia for Somalia.",
        (("05", "KEN", "SOM"),),
        step="target:object-phrase",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_lent_parties(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
