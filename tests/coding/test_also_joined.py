"""The also-joined target (coding/also_joined.py): an act done "also", "too" or "as well" by a new party,
whose target is only a fallback, is aimed at the counterpart of the same act told just before by a party
of another country; an act naming its own counterpart, or the same party's next act, keeps its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.also_joined import ALSO_JOINED
from newsevents.pipeline import Pipeline

# (text, the trigger, its source, the target it must take, whether the step made it)
CASES = [
    (
        "TOKYO, March 3 (Wire) - Japan halted imports of Chilean salmon on Monday after a parasite "
        "outbreak. South Korea and the Philippines halted imports as well.",
        "halted",
        "KOR",
        "CHL",
        True,
    ),
    (
        "HANOI, May 8 (Wire) - Vietnam rejected a new Chinese map of the sea on Tuesday. Malaysia also "
        "rejected the map, its foreign ministry said.",
        "rejected",
        "MYS",
        "CHN",
        True,
    ),
    (
        "NEW DELHI, Aug 29 (Wire) - India lodged a strong protest with Vietnam on Tuesday over a new map of "
        "the sea. Malaysia and Indonesia also rejected the map, which extends Hanoi's claim.",
        "rejected",
        "MYS",
        "VNM",
        True,
    ),
    (
        "OSLO, June 2 (Wire) - Norway condemned Belarus for forcing down the airliner. Sweden also "
        "condemned Poland for its border wall.",
        "condemned",
        "SWE",
        "POL",
        False,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] + "-" + c[2] for c in CASES])
def test_also_joined(pipeline: Pipeline, case: tuple[str, str, str, str, bool]) -> None:
    text, trigger, source, target, stepped = case
    found = [
        e
        for e in events_of(pipeline, text, "2021-03-10")
        if e.evidence.trigger == trigger and e.source.country == source
    ]
    assert found, "no event on " + trigger
    for e in found:
        assert (e.target.country if e.target else None) == target, e.evidence
        assert (ALSO_JOINED in e.evidence.steps) == stepped, e.evidence.steps
