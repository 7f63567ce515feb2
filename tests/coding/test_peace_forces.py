"""Troops a peacekeeping body sends keep the peace (``coding/peace_forces.py``), and troops sent to
monitor a truce are peacekeepers (``coding/purpose.py``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import peace_forces
from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    return [
        (e.cameo, e.source.code, e.target.country if e.target else None, e.evidence.steps)
        for e in events_of(pipeline, text, "2019-03-05")
    ]


def test_troops_the_african_union_sends_keep_the_peace(pipeline: Pipeline) -> None:
    found = _codes(pipeline, "The African Union sent 3,000 troops to Burundi on Monday.")
    assert [(c, s, t) for c, s, t, _steps in found] == [("074", "IGOAFRAFU", "BDI")]
    assert peace_forces.PEACEKEEPING_SENDER in found[0][3]


def test_troops_a_state_sends_still_show_force(pipeline: Pipeline) -> None:
    found = _codes(pipeline, "Moldova sent 300 troops to its eastern border on Monday.")
    assert [c for c, _s, _t, _steps in found] == ["154"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ghana sent 400 soldiers to Liberia on Monday to monitor the truce.", "GHAGOV"),
        ("Brazil deployed 200 troops to Haiti on Monday to oversee the ceasefire.", "BRAGOV"),
    ],
)
def test_troops_sent_to_monitor_a_truce_are_peacekeepers(pipeline: Pipeline, text: str, source: str) -> None:
    assert [(c, s) for c, s, _t, _steps in _codes(pipeline, text)] == [("074", source)]


def test_ships_sent_to_monitor_a_rivals_warships_show_force(pipeline: Pipeline) -> None:
    found = _codes(pipeline, "Vietnam sent two frigates on Monday to monitor the Chinese warships.")
    assert [c for c, _s, _t, _steps in found] == ["154"]
