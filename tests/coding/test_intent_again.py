"""An intention of the same kind between the same two countries on the same day, told after the act
itself, is that act told again, one record; an intention towards another country is its own, and a
passive intention stays apart. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.intent_again import INTENT_AGAIN
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in events_of(pipeline, text, PUBLISHED_ON)
    ]


def test_a_promise_to_hold_responsible_after_an_accusation_is_one_accusation(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 5 (Wire) - Kenya accused Tanzania on Wednesday of arming cattle raiders along their "
        "shared border.\n\nForeign Minister Rachel Omamo said Nairobi would hold Dodoma responsible for any "
        "further raids."
    )
    coded = _coded(pipeline, text)
    assert len(coded) == 1 and coded[0][:2] == ("KEN", "TZA") and coded[0][2].startswith("11")
    (event,) = events_of(pipeline, text, PUBLISHED_ON)
    assert INTENT_AGAIN in event.evidence.steps


def test_an_intention_towards_another_country_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 5 (Wire) - Kenya accused Tanzania on Wednesday of arming cattle raiders along their "
        "shared border.\n\nForeign Minister Rachel Omamo said Nairobi would hold Uganda responsible for any "
        "further raids."
    )
    pairs = {c[:2] for c in _coded(pipeline, text)}
    assert pairs == {("KEN", "TZA"), ("KEN", "UGA")}
