"""The error classes left over from the fourth accuracy round (issue 10): a mover's origin taken as its
target, group nouns the dictionaries do not place, ... Sentences written for these tests; each case lists
every event of its roots as (root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

ORIGINS = [
    DyadCase(
        "the place entered is the target, the place left is not",
        "Russian tanks advanced from Crimea into southern Ukraine on Monday.",
        (("19", "RUS", "UKR"),),
    ),
    DyadCase(
        "a visitor's arrival is in the host country, not in the one the visitor left",
        "The Chinese premier arrived in Hanoi from Phnom Penh on Monday.",
        (("04", "CHN", "VNM"),),
    ),
    DyadCase(
        "a withdrawal's 'from' is the party left (no movement verb): it stays the target",
        "Israel withdrew its troops from southern Lebanon on Monday.",
        (("08", "ISR", "LBN"),),
    ),
]

# (text, the origin's country: no event may target it)
ORIGIN_ONLY = [
    ("Ethiopian soldiers crossed the border from Somalia on Monday.", "SOM"),
    ("Eritrean forces staged an incursion from Sudan on Tuesday.", "SDN"),
    ("Armed men crossed the border from Colombia on Monday and attacked a Venezuelan patrol.", "COL"),
]


@pytest.mark.parametrize("case", ORIGINS, ids=[c.name for c in ORIGINS])
def test_origin_is_not_the_target(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(("text", "origin"), ORIGIN_ONLY)
def test_origin_alone_is_no_target(pipeline: Pipeline, text: str, origin: str) -> None:
    """A crossing whose only named place is where the mover came from is not aimed at that place."""
    events = events_of(pipeline, text, "2021-03-10")
    assert events, text
    assert all(e.target is None or e.target.country != origin for e in events), [
        (e.cameo, e.source.code, e.target.code if e.target else None) for e in events
    ]
