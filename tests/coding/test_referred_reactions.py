"""Reactions to an event told earlier by another word (issue 10, helper refev): "detonated a device ...
condemned the test", "test-fired a missile ... condemned the launch" aim at the earlier act's maker, not
at a party of an aside ("in a phone call with X"); a noun of the same word told far back ("carried out a
test" six sentences before) is that act, not a nearer act of the other side. Sentences written for these
tests; each case lists every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "'the test' refers back to a detonation (coded as force), not to the aside's party",
        "North Korea detonated a nuclear device on Sunday. South Korea condemned the test in a phone call "
        "with the United States.",
        (("11", "KOR", "PRK"),),
        step="target:referred-event",
    ),
    DyadCase(
        "'the launch' refers back to a reported test-firing, not to the party of the talks",
        "Officials in Washington said Pakistan had test-fired a cruise missile on Friday. India condemned "
        "the launch in talks with France, calling it provocative.",
        (("11", "IND", "PAK"),),
        step="target:referred-event",
    ),
    DyadCase(
        "a noun of the same word told far back is that event, not a nearer alert of the other side",
        "Iran said on Monday it had carried out a test of a new ballistic missile. Its state television "
        "showed the launch pad. The weather in the desert was clear. Markets in Dubai were calm. Oil prices "
        "rose slightly in Asian trading. Traders said the rise was small. Israel put its air force on "
        "alert. Germany condemned the test in a call with Egypt.",
        (("11", "DEU", "IRN"),),
        step="target:referred-event",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_referred_reactions(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
