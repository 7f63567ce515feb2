"""A people named once with the state it lives in, then by its own word alone ("Bosnian Serb forces ...
Serb tanks", actors/kin_people.py): the bare word is still that state's people. The state's own words
("Serbian") stay the state's, and an article that pairs the word with two states leaves it alone.
Sentences written for these tests; each case lists every event of its roots as (root, source country,
target country), one per record."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, dyad, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a bare people's word after the state and people pair is that state's people",
        "TUZLA, May 10 (Wire) - Bosnian Serb artillery shelled the outskirts of Gradacac on Tuesday. "
        "Two NATO jets later bombed Serb gun positions above the town.",
        (("19", "BIH", "BIH"), ("19", None, "BIH")),
    ),
    DyadCase(
        "the plural people's word restates the pair too",
        "TUZLA, May 10 (Wire) - Bosnian Serb soldiers seized two U.N. observers near Gorazde on Tuesday. "
        "The U.N. commander demanded that the Serbs free the observers.",
        (("10", None, "BIH"),),
    ),
    DyadCase(
        "the state's own adjective stays the state's",
        "TUZLA, May 10 (Wire) - Bosnian Serb soldiers seized two U.N. observers near Gorazde on Tuesday. "
        "The U.N. commander demanded that the Serbian government free the observers.",
        (("10", None, "SRB"),),
    ),
    DyadCase(
        "a people's word paired with two states is left as it was",
        "ZAGREB, May 10 (Wire) - Croatian Serb and Bosnian Serb leaders met in Knin on Tuesday. "
        "Croatia accused the Serbs of planning a joint offensive.",
        (("11", "HRV", "SRB"),),
    ),
]


def _records(pipeline: Pipeline, case: DyadCase) -> list[tuple[str, str | None, str | None]]:
    roots = {root for root, _s, _t in case.events}
    return sorted((dyad(e) for e in events_of(pipeline, case.text, "1994-05-10") if e.root in roots), key=str)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_kin_people(pipeline: Pipeline, case: DyadCase) -> None:
    assert _records(pipeline, case) == sorted(case.events, key=str)
