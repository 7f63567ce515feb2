"""Sanctions a state lays on its own people or companies are coercion at home (code:domestic-measure,
coding/domestic_measure.py; issue 10, helper w2coer)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.domestic_measure import DOMESTIC_MEASURE
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # the state's own newspapers: property frozen at home is confiscated
        (
            "MANILA (Wire) - Philippine police froze the assets of three local newspapers on Monday.",
            "1711",
            "PHL",
            "PHL",
        ),
        # another state's banks: an economic sanction, as before
        ("LONDON (Wire) - Britain froze the assets of two Russian banks on Monday.", "163", "GBR", "RUS"),
    ],
)
def test_freeze_at_home_is_coercion(
    pipeline: Pipeline, text: str, code: str, source: str, target: str
) -> None:
    events = [e for e in events_of(pipeline, text, "2021-06-18") if e.root in ("16", "17")]
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        (code, source, target)
    ]
    assert all((DOMESTIC_MEASURE in e.evidence.steps) == (code != "163") for e in events)
