"""Releases told with "set X free" and "let X go / leave / let go of X" (trigger:set-free,
coding/set_free.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.set_free import SET_FREE
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "free" parsed as an adverbial clause, not the predicate complement the dictionary row needs
        ("BAMAKO (Wire) - The Iranian navy set the British sailors free on Monday.", "IRNMIL", "GBR"),
        ("NAIROBI (Wire) - Kenyan police let the two Somali journalists go on Sunday.", "KENCOP", "SOMMED"),
        ("MINSK (Wire) - Belarusian border guards let Polish students leave on Friday.", "BLRMIL", "POLEDU"),
        ("ROME (Wire) - Libyan militiamen let go of three Italian engineers on Sunday.", "LBYUAF", "ITACVL"),
    ],
)
def test_setting_free_or_letting_go_is_a_release(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    events = events_of(pipeline, text, "2015-06-10")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("0841", source, target)
    ]
    assert SET_FREE in events[0].evidence.steps


@pytest.mark.parametrize(
    "text",
    [
        # what is let go is no person: a course of events or a thing
        "NAIROBI (Wire) - Kenyan police let the talks go ahead on Sunday.",
        "NAIROBI (Wire) - Kenyan police let it go on Sunday.",
        # a negated release is no release
        "TEHRAN (Wire) - Iran did not let the British sailors go on Monday.",
    ],
)
def test_letting_go_of_no_person_or_not_at_all_is_no_release(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipeline, text, "2015-06-10") if e.cameo.startswith("084")]


def test_refusing_to_set_free_is_a_refusal_to_release(pipeline: Pipeline) -> None:
    text = "KABUL (Wire) - Taliban fighters refused to set the Japanese engineers free on Friday."
    events = events_of(pipeline, text, "2015-06-10")
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("1243", "AFG", "JPN")
    ]
