"""Where a projectile came from is no target (issue 10, weakroots, twenty-second round): "a rocket FROM
Gaza killed two Israelis" names where it was fired from, as "crossed the border FROM Belarus" does for a
mover (``movement_words`` in ``target_roles.toml``, read by coding/asides.py); the victims are the
target. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.target_table import target_roles
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A rocket from Gaza killed two Israelis at a farm on Monday.", "ISR"),
        ("A mortar bomb from Syria killed two Turkish soldiers on Monday.", "TUR"),
        ("A missile from Yemen killed three Saudi guards on Monday.", "SAU"),
    ],
)
def test_the_origin_of_a_projectile_is_not_its_target(pipeline: Pipeline, text: str, victims: str) -> None:
    events = [e for e in events_of(pipeline, text, "2014-07-08") if e.root in ("18", "19", "20")]
    assert events
    assert {e.target.country if e.target else None for e in events} == {victims}


def test_projectiles_are_words_of_movement() -> None:
    words = target_roles().movement_words
    assert {"rocket", "missile", "shell", "mortar", "bomb"} <= words
