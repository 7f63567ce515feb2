"""A state's demand or appeal for the release of its own nationals is aimed at the state holding them
(issue 10; coding/held_abroad.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

STEP = "target:held-abroad"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "MINSK, Oct 3 (Wire) - Belarusian police said on Friday they had detained Tomas Kowalski, a "
            "Polish cameraman, in Grodno on suspicion of spying. Poland condemned the detention in the "
            "strongest terms and demanded his immediate release.",
            "BLR",
        ),
        (
            "CARACAS, Oct 3 (Wire) - A Venezuelan court sentenced John Miller, a former Colombian soldier, "
            "to 20 years for plotting a coup on Friday. Colombia's foreign ministry demanded Miller's "
            "release.",
            "VEN",
        ),
    ],
)
def test_a_release_asked_for_ones_nationals_is_asked_of_the_holder(
    pipeline: Pipeline, text: str, holder: str
) -> None:
    events = events_of(pipeline, text, "2020-10-03")
    asked = [e for e in events if e.cameo in ("1053", "0253")]
    assert asked, [(e.cameo, e.target) for e in events]
    assert all(e.target is not None and e.target.country == holder for e in asked)
    assert all(STEP in e.evidence.steps for e in asked)


def test_a_release_asked_at_home_stays_at_home(pipeline: Pipeline) -> None:
    text = (
        "BANGKOK, Oct 3 (Wire) - Thai police arrested three student leaders on Friday. The opposition "
        "demanded their release on Saturday."
    )
    events = events_of(pipeline, text, "2020-10-03")
    assert not [e for e in events if STEP in e.evidence.steps]
