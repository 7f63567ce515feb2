"""A people of one state named by its state's word and its own ("Bosnian Serb forces", "Kosovo Albanian
leaders") is one party, the first state's (actors/state_people.py): one record per act, not one per
country word, and the people's word is no foreign party for the act's target. Two countries written with a
coordinator stay two parties. Sentences written for these tests; each case lists every event of its roots
as (root, source country, target country), one per record."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, dyad, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a state's adjective before a people's adjective is the state's people",
        "BANJA LUKA - Bosnian Serb troops overran the hill town of Zvornik on Friday.",
        (("19", "BIH", "BIH"),),
    ),
    DyadCase(
        "a territory's name before a people's adjective",
        "Kosovo Albanian leaders condemned Belgrade on Monday for the arrests.",
        (("11", "XKX", "SRB"),),
    ),
    DyadCase(
        "the same words as a target are one target",
        "NATO aircraft bombed Bosnian Serb artillery near the town on Sunday.",
        (("19", None, "BIH"),),
    ),
    DyadCase(
        "a person of such a people handed over is one target, not one per country word",
        "ZAGREB, May 4 (Wire) - Slovenian police on Tuesday handed over one Bosnian Croat suspect to the "
        "tribunal in The Hague.",
        (("08", "SVN", "BIH"),),
    ),
    DyadCase(
        "two countries joined by 'and' stay two parties",
        "Peruvian and Chilean warships shelled Ecuadorean positions on Friday.",
        (("19", "PER", "ECU"), ("19", "CHL", "ECU")),
    ),
]


def _records(pipeline: Pipeline, case: DyadCase) -> list[tuple[str, str | None, str | None]]:
    roots = {root for root, _s, _t in case.events}
    return sorted((dyad(e) for e in events_of(pipeline, case.text, "1994-05-10") if e.root in roots), key=str)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_state_people(pipeline: Pipeline, case: DyadCase) -> None:
    assert _records(pipeline, case) == sorted(case.events, key=str)
