"""Assault (18) against mass violence (20): killing civilians is an assault unless the text tells a mass
killing (issue 10). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a few civilians killed: an assault, not a mass killing (ne.fight.101 corrects Phoenix's 202)
        ("QUETTA, May 4 (Wire) - Gunmen killed four civilians at a market in Quetta on Sunday, police said.",
         ["180"]),
        # hundreds killed: the numbers make it a mass killing (ne.kill.10)
        ("KIGALI, May 4 (Wire) - Militiamen killed hundreds of villagers near the Rwandan town of Butare on "
         "Sunday, witnesses said.", ["202"]),
    ],
)
def test_killing_civilians(pipeline: Pipeline, text: str, codes: list[str]) -> None:
    found = [e.cameo for e in events_of(pipeline, text, "2021-03-10") if e.root in ("18", "19", "20")]
    assert found == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a bare noun after "accused X of" names the charge: no mass killing is told (accused._charge_name)
        ("ARUSHA, May 4 (Wire) - Rwanda filed a complaint against Burundi at the African Court on Monday, "
         "accusing it of genocide against its Tutsi minority.", []),
        # an act told with its article is an event blamed on the party
        ("NAIROBI, May 4 (Wire) - Police blamed the militia for a massacre of villagers near the Kenyan "
         "town of Garsen on Sunday.", ["202"]),
    ],
)
def test_charge_named_is_no_event(pipeline: Pipeline, text: str, codes: list[str]) -> None:
    found = [e.cameo for e in events_of(pipeline, text, "2021-03-10") if e.root == "20"]
    assert found == codes
