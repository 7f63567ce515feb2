"""Reactions aimed at the doer of the act they name (issue 10, helper reactions): "condemned it" after a
strike is aimed at the striker, not at the thing "it" is nearest (the struck office, the country a missile
flew over); "denounced the intervention", a noun made from a verb no pattern carries, names the earlier
act as "the move" does; "the attack on X" names its victim, not its doer. Sentences written for these
tests; each case lists every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "'it' after a strike on an office names the strike, not the office's owner",
        "Eritrean jets struck a Djiboutian customs office in Obock on Monday, and Kenya condemned it.",
        (("11", "KEN", "ERI"),),
        step="target:act-pronoun",
    ),
    DyadCase(
        "'it' after a missile fired over a country is the firing, not that country",
        "North Korea fired a rocket over Japan on Friday, and the South Korean president called it a "
        "reckless provocation.",
        (("11", "KOR", "PRK"),),
    ),
    DyadCase(
        "'accused it of' names a party by 'it': left to the actor rules",
        "Uganda said a Kenyan trading house had moved gold across the border. Kampala accused it of "
        "smuggling.",
        (("11", "UGA", "KEN"),),
    ),
    DyadCase(
        "'the intervention' names the earlier entry of troops",
        "Rwandan troops entered Burundi on Tuesday. Tanzania denounced the intervention.",
        (("11", "TZA", "RWA"),),
        step="target:referred-event",
    ),
    DyadCase(
        "'the attack on X' names whom the attack struck, not its doer: aimed at the earlier shelling's maker",
        "Eritrean troops shelled a Djiboutian border post on Monday. Kenya condemned the attack on Djibouti.",
        (("11", "KEN", "ERI"),),
        step="target:referred-event",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_act_pronoun(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
