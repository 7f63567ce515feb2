"""A measure or a presence a party says will stay (its ban, its sanctions, its mission, its diplomats, its
ships) is its refusal to end it (120, ne.accusestay.* rows of verbs.curated.tsv), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Chile said its ban on Peruvian fruit would remain in force.",
        "Chile said its mission in Lima would stay open.",
        "Chile said its diplomats would stay in Lima.",
        "Chile said its sanctions on Peru would remain in force.",
    ],
)
def test_a_measure_said_to_stay_is_a_refusal(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, "2011-05-04")
    assert any(e.cameo == "120" and e.source.country == "CHL" for e in events), [
        (e.cameo, e.source.country) for e in events
    ]


def test_a_stay_that_is_no_measure_is_no_event(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The delegation stayed in the town overnight.", "2011-05-04")
    assert not [e for e in events if e.root == "12"]
