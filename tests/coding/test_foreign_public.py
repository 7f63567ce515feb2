"""A foreign state's fire on victims their phrase does not place is no repression of its own public
(coding/foreign_public.py, read by coding/victims.py). Sentences written for these tests; each case names
every event of roots 17 and 19 as (root, source country, target country) and a step they all record."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "victims in a participle, placed by the dateline",
        "TAIPEI (Wire) - Chinese artillery shelled the islet of Haiyu on Tuesday, killing three "
        "villagers. Taiwan protested on Wednesday.",
        (("19", "CHN", "TWN"),),
        step="code:foreign-public",
    ),
    DyadCase(
        "victims placed by the other country the sentence names",
        "Kyrgyz border officials said Tajik troops had shelled two villages near the frontier on Friday.",
        (("19", "TJK", "KGZ"),),
        step="code:foreign-public",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_foreign_fire_is_no_repression(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
    # and no repression (175) of the attacker's own public beside it
    assert not [e.cameo for e in events_of(pipeline, case.text, "2021-03-10") if e.root == "17"]


@pytest.mark.parametrize(
    "case",
    [
        # a crowd at home stays the state's own public, though another country is named
        DyadCase(
            "protesters at home",
            "Uzbek troops opened fire on protesters in Andijan on Friday, and hundreds fled to Kyrgyzstan.",
            (("17", "UZB", "UZB"),),
            step="code:state-on-public",
        ),
        # no other country named and no dateline: the shelling stays at home
        DyadCase(
            "villagers with no other side",
            "Syrian artillery shelled villages near Idlib on Monday, killing ten civilians.",
            (("17", "SYR", "SYR"),),
            step="code:state-on-public",
        ),
    ],
    ids=lambda c: c.name,
)
def test_home_repression_stays(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
