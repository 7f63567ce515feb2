"""The nationals-abroad target (coding/nationals_abroad.py): an act on the source's own people (its
citizens, its nationals, its demonym) whose clause names the country they are in or bound for is aimed at
that country; a reason told in another clause leaves it alone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.nationals_abroad import NATIONALS_ABROAD
from newsevents.pipeline import Pipeline

# (text, the trigger, its source, the target it must take, whether the step made it)
CASES = [
    (
        "CANBERRA, Aug 2 (Wire) - Australia urged its citizens on Tuesday to leave Lebanon immediately.",
        "urged",
        "AUS",
        "LBN",
        True,
    ),
    (
        "OTTAWA, Feb 11 (Wire) - Canada's foreign minister advised Canadians to avoid all travel to Haiti "
        "until further notice.",
        "advised",
        "CAN",
        "HTI",
        True,
    ),
    (
        "TOKYO, Aug 29 (Wire) - Japan urged its citizens to stay calm after North Korea fired a missile "
        "over Hokkaido on Tuesday.",
        "urged",
        "JPN",
        "JPN",
        False,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] + "-" + c[3] for c in CASES])
def test_nationals_abroad(pipeline: Pipeline, case: tuple[str, str, str, str, bool]) -> None:
    text, trigger, source, target, stepped = case
    found = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == trigger]
    assert found, "no event on " + trigger
    for e in found:
        assert (e.source.country, e.target.country if e.target else None) == (source, target), e.evidence
        assert (NATIONALS_ABROAD in e.evidence.steps) == stepped, e.evidence.steps
