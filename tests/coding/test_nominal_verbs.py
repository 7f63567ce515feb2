"""A reaction to "the accusation", "the allegation" names the act an earlier clause told by the noun's verb
("accused", "alleged"), not the nearer act of the noun's root by a third party (coding/nominal_verbs.py,
through coding/referred_deeds.same_word). Sentences written for these tests; each case lists every event
of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.nominal_verbs import verbs_of
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "'rejected the accusation' answers who accused, not the later condemnation by a third state",
        "Chile accused Peru on Monday of spying on its naval bases. The next day Argentina condemned the "
        "spying and recalled its envoy. Peru rejected the accusation as absurd.",
        (("01", "PER", "CHL"),),
        step="target:referred-event",
    ),
    DyadCase(
        "'dismissed the allegation' answers who alleged, not the two states that criticised the act",
        "Kenya alleged on Friday that Somali troops had crossed the border. Ethiopia and Djibouti "
        "criticised the incursion. Mogadishu dismissed the allegation.",
        (("01", "SOM", "KEN"),),
        step="target:referred-event",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_nominal_verbs(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_table() -> None:
    assert verbs_of("accusation") == frozenset({"accuse"})
    assert verbs_of("criticism") == frozenset({"criticise", "criticize"})
    assert verbs_of("meeting") == frozenset()
