"""An act named again by a noun with no target of its own (issue 10, duplicates): the echo folds into the
act of the same root and source country when the country it is implicitly aimed at is the act's target
(select:nominal-echo); an echo aimed at another country stays its own event. Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.echoes import NOMINAL_ECHO
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-10"


def test_a_noun_naming_the_act_again_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 3 (Wire) - Peruvian troops crossed into Ecuador on Monday. Peru's incursion, which "
        "Quito called an act of aggression, came a week after talks failed."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "19"]
    assert len(events) == 1, [(e.cameo, e.evidence.trigger, e.target) for e in events]
    (event,) = events
    assert (event.source.country, event.target.country if event.target else None) == ("PER", "ECU")
    assert event.evidence.trigger == "crossed"
    assert NOMINAL_ECHO in event.evidence.steps


def test_an_echo_aimed_at_another_country_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "ANKARA, March 3 (Wire) - Turkish jets bombed Kurdish camps in northern Iraq on Monday. Turkey's "
        "incursion, which Damascus called a violation of Syrian sovereignty, drew criticism."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "19"]
    assert sorted(e.target.country for e in events if e.target) == ["IRQ", "SYR"]
    assert all(NOMINAL_ECHO not in e.evidence.steps for e in events)
