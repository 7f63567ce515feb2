"""Threats of retaliation (coding/retaliation.py): "respond" future or vowed, with force or to an act of
hostility, is a threat (130) aimed at the hostile act's party; a plain or past response is no event.
Every sentence is invented (issue 10, pmix)."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, kept_triggers

from newsevents.coding import retaliation
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minsk warned that it would respond militarily to any provocation by Lithuania.",
            ("130", "BLR", "LTU"),
        ),
        ("Ankara said Turkey would respond to any Greek aggression with full force.", ("130", "TUR", "GRC")),
    ],
)
def test_announced_retaliation_is_one_threat_at_the_hostile_party(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi vowed to respond in kind.",
        "The defence minister said the army would react decisively.",
        "The general said his forces would respond at a time and place of their choosing.",
    ],
)
def test_vowed_or_future_response_with_force_is_a_threat(pipeline: Pipeline, text: str) -> None:
    found = kept_triggers(pipeline, text)
    assert [c for _w, c, _s in found] == ["130"]
    assert retaliation.RETALIATION_THREAT in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Oslo responded to the letter on Tuesday.",
        "The ministry said it would respond to the outbreak with more vaccines.",
        "Seoul said it would not respond militarily.",
        "The council will respond to the request next week.",
    ],
)
def test_plain_past_or_negated_response_is_no_threat(pipeline: Pipeline, text: str) -> None:
    found = kept_triggers(pipeline, text)
    assert not any(retaliation.RETALIATION_THREAT in steps for _w, _c, steps in found)
