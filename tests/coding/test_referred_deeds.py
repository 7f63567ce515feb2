"""Reactions to "the move", "the decision" and "the war" told after several acts (coding/referred_deeds.py,
referred.toml's noun roots): a motion noun is not the troops' movement told by a verb of the same word, a
recognition or a signing is a deed such a noun names, and a war named back is the attack told before.
Sentences written for these tests; each case lists every event of its roots as (root, source country,
target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding import referred_deeds
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "'the move' is the recognition told before, not the troops that moved",
        "Moldovan troops moved into the border town of Varnita on Monday. Two days later Romania recognised "
        "the independence of Transnistria. Berlin and Vienna criticised the move.",
        (("11", "DEU", "ROU"), ("11", "AUT", "ROU")),
        step="target:referred-event",
    ),
    DyadCase(
        "'the decision' may name a recognition (054), nearer than another party's closure",
        "Zambian police closed the main border crossing on Monday. On Wednesday Malawi recognised the "
        "independence of Somaliland. Kenya criticised the decision.",
        (("11", "KEN", "MWI"),),
        step="target:referred-event",
    ),
    DyadCase(
        "'the war' condemned names the attack told before, not the party the article names most",
        "Greek warships rammed a Turkish survey vessel near Rhodes on Monday. Bulgaria and Serbia condemned "
        "the war.",
        (("11", "BGR", "GRC"), ("11", "SRB", "GRC")),
        step="target:referred-event",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_referred_deeds(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_deed_codes() -> None:
    assert referred_deeds.deed("054") and referred_deeds.deed("057")
    assert not referred_deeds.deed("051") and not referred_deeds.deed("010")
