"""A signing told again by its signers ("... signed the treaty", "the treaty was signed by ...") after the
agreement between the same countries: one record (select:signed-again); a document named anew, or a
signing on another day, stays its own event. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.signed_again import SIGNED_AGAIN
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2019-05-07"
LEAD = (
    "LIMA, May 6 (Wire) - Peru and Chile signed a border treaty on Monday, ending a decade of disputes. "
)


def _signings(pipeline: Pipeline, text: str) -> list:
    return [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo == "057"]


def test_the_signers_retell_the_agreement(pipeline: Pipeline) -> None:
    text = LEAD + (
        "Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart, Pablo Soto, signed the treaty at "
        "the Torre Tagle palace."
    )
    events = _signings(pipeline, text)
    assert len(events) == 1, [(e.source.code, e.target, e.evidence.trigger) for e in events]
    assert SIGNED_AGAIN in events[0].evidence.steps


def test_a_passive_signing_of_the_treaty_is_the_same_event(pipeline: Pipeline) -> None:
    text = LEAD + (
        "The treaty was signed by Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Pablo Soto."
    )
    events = _signings(pipeline, text)
    assert len(events) == 1, [(e.source.code, e.target, e.evidence.trigger) for e in events]
    (event,) = events
    assert (event.source.country, event.target.country if event.target else None) == ("PER", "CHL")


def test_a_signing_on_another_day_stays_apart(pipeline: Pipeline) -> None:
    text = LEAD + (
        "Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart, Pablo Soto, had signed the "
        "treaty on April 2 in Santiago."
    )
    events = _signings(pipeline, text)
    assert len(events) == 2, [(e.source.code, e.date, e.evidence.trigger) for e in events]
    assert all(SIGNED_AGAIN not in e.evidence.steps for e in events)
