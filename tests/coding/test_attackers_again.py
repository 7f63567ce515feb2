"""An attack told again by its unnamed doers ("the attackers", "the gunmen") after the lead named them:
one record (select:attackers-again); unnamed doers of another day, or of an attack on another country,
stay their own event. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.attackers_again import ATTACKERS_AGAIN
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2019-05-07"


def _force(pipeline: Pipeline, text: str) -> list:
    return [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root in ("18", "19")]


def test_the_attackers_retell_the_lead_attack(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 6 (Wire) - Gunmen from Somalia's al Shabaab stormed a police camp in northern Kenya "
        "on Sunday. The attackers killed nine officers, a local official said."
    )
    events = _force(pipeline, text)
    assert len(events) == 1, [(e.cameo, e.evidence.trigger, e.source.code) for e in events]
    assert ATTACKERS_AGAIN in events[0].evidence.steps


def test_unnamed_doers_on_another_day_stay_apart(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 6 (Wire) - Gunmen from Somalia's al Shabaab attacked a police camp in northern Kenya "
        "on Sunday, killing nine officers. The militants had attacked a bus in the same county on April 20."
    )
    events = _force(pipeline, text)
    assert len(events) == 2, [(e.cameo, e.evidence.trigger, e.date) for e in events]
    assert all(ATTACKERS_AGAIN not in e.evidence.steps for e in events)
