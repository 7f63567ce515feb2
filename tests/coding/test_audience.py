"""A rally or crowd a speaker tells or addresses is the speech's audience, no protest of the speaker's
(modality:audience); a rally held or broken up stays a protest. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.audience import AUDIENCE
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2022-12-21"


def _brief(events: list) -> list:
    return [(e.cameo, e.source.country, e.evidence.trigger) for e in events]


def test_a_rally_told_something_is_the_audience(pipeline: Pipeline) -> None:
    text = (
        "LA PAZ, Dec 20 (Wire) - President Evo Morales told a rally in El Alto that Bolivia would never "
        "sell its gas to Chile."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.cameo.startswith("14")], _brief(events)
    assert [e for e in events if e.evidence.trigger == "sell"], _brief(events)
    assert AUDIENCE in RULES


def test_a_crowd_addressed_is_the_audience(pipeline: Pipeline) -> None:
    text = (
        "LA PAZ, Dec 20 (Wire) - President Evo Morales addressed a crowd of supporters in Cochabamba on "
        "Sunday."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.cameo.startswith("14")], _brief(events)


def test_a_rally_held_is_a_protest(pipeline: Pipeline) -> None:
    text = (
        "LA PAZ, Dec 20 (Wire) - Thousands of Bolivian coca growers held a rally in Cochabamba on Sunday to "
        "protest against the eradication plan."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.cameo.startswith("14")], _brief(events)
