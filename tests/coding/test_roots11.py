"""Roots the check half recalls worst (08 yield, 09 investigate, 15 force posture), thirty-eighth round: a
leader stepping down is aimed at the leader's own country (coding/resigned_home.py); forces flown "in" are a
deployment, heads or witnesses questioned are investigated (verbs.curated.tsv, ne.roots11.*); forces
ordered to keep order and an inquiry into a stateless party's event stay at home (coding/order_at_home.py,
inquiry_home.py). Sentences written for these tests; each case lists every event of its roots as (root,
source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a president stepping down and flying abroad on a foreign plane gives up power at home",
        "Peruvian President Ana Ruiz resigned on Sunday and flew out on a Brazilian plane.",
        (("08", "PER", "PER"),),
        step="target:resigned-home",
    ),
    DyadCase(
        "soldiers flown in, with 'in' parsed as their preposition, are a deployment, not a visit",
        "NATO flew in extra soldiers to Kosovo.",
        (("15", None, "XKX"),),
    ),
    DyadCase(
        "troops ordered to restore order after the president fled abroad act at home",
        "Peruvian President Ana Ruiz fled to Mexico on Sunday. Acting President Luis Vega declared a state "
        "of emergency and ordered troops to do whatever was necessary to restore order.",
        (("15", "PER", "PER"),),
    ),
    DyadCase(
        "security forces ordered to shoot to kill act at home, not on the ally asked for help",
        "Kazakhstan asked Russia for help. President Tokayev said he had ordered security forces to shoot to "
        "kill without warning.",
        (("15", "KAZ", "KAZ"),),
        step="target:order-at-home",
    ),
    DyadCase(
        "an inquiry ordered after an agency's report is held at home, not aimed at the agency",
        "The World Anti-Doping Agency published a report on doping. President Vladimir Putin ordered an "
        "investigation on Wednesday.",
        (("09", "RUS", "RUS"),),
        step="target:inquiry-at-home",
    ),
    DyadCase(
        "an inquiry into a neighbour's shelling keeps the neighbour",
        "Kenyan soldiers shelled a Somali village on Monday. Somalia ordered an investigation into the "
        "shelling.",
        (("09", "SOM", "KEN"),),
    ),
    DyadCase(
        "the heads of a service questioned by a judge are investigated",
        "A Peruvian judge questioned the heads of the customs service on Monday.",
        (("09", "PER", "PER"),),
    ),
    DyadCase(
        "battalions ordered to the border still face the rival",
        "Venezuela accused Colombia of a raid. Venezuelan President Hugo Chavez ordered ten battalions to "
        "the border.",
        (("15", "VEN", "COL"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_roots11(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_results_questioned_are_no_investigation(pipeline: Pipeline) -> None:
    # (the ne.roots11 question rows name people by nouns no modifier can be: "the official results")
    text = "The Peruvian opposition questioned the official results on Monday."
    assert not [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "09"]
