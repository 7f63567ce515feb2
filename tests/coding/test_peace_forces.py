"""Troops sent to monitor a truce are peacekeepers (``coding/purpose.py``, ``monitoring_purposes``), not
troops sent to watch a rival. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.source.code) for e in events_of(pipeline, text, "2019-03-05")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ghana sent 400 soldiers to Liberia on Monday to monitor the truce.", "GHAGOV"),
        ("Brazil deployed 200 troops to Haiti on Monday to oversee the ceasefire.", "BRAGOV"),
    ],
)
def test_troops_sent_to_monitor_a_truce_are_peacekeepers(pipeline: Pipeline, text: str, source: str) -> None:
    assert _codes(pipeline, text) == [("074", source)]


def test_troops_sent_to_monitor_a_rival_show_force(pipeline: Pipeline) -> None:
    found = _codes(pipeline, "Hanoi sent 300 troops to the border on Monday to monitor the Chinese units.")
    assert [c for c, _s in found] == ["154"]
