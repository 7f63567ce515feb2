"""Accusations told by what a named party is said to use a thing for (coding/used_wrong.py): a use to
repress or coerce, or as a weapon or a pretext, accuses the user (112). A neutral purpose, the speaker's
own use and a fear of a use to come accuse nobody. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

STEP = "trigger:used-wrong"
CASES = [
    DyadCase(
        "a party said to use the courts to silence critics is accused",
        "Lisbon said Madrid was using the courts to silence its critics.",
        (("11", "PRT", "ESP"),),
        STEP,
    ),
    DyadCase(
        "a party said to use a crisis to punish another is accused",
        "The Dutch minister said Belarus was using the border crisis to punish the European Union.",
        (("11", "NLD", "BLR"),),
        STEP,
    ),
    DyadCase(
        "a party said to use people as a weapon is accused",
        "The Polish government said Moscow had used the refugees as a weapon against Poland.",
        (("11", "POL", "RUS"),),
        STEP,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_used_wrongs(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        # a neutral purpose is news
        "Lima said the Bolivian army was using drones to map the new highway.",
        # the speaker's own use is no charge
        "Quito said it was using the funds to rebuild the coastal roads.",
        # a use feared to come charges nobody
        "Vilnius said Minsk could use the migrants to pressure its neighbours.",
    ],
)
def test_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "11"]
