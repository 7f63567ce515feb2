"""A bare threat told after a threat of the same pair in an earlier sentence is that threat told again, one
record; two specific threats stay two, and a bare threat against another country is its own. Sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.threat_again import THREAT_AGAIN
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in events_of(pipeline, text, PUBLISHED_ON)
    ]


def test_a_vague_warning_after_a_threat_is_the_same_threat(pipeline: Pipeline) -> None:
    text = (
        "LIMA, May 5 (Wire) - Peru threatened on Wednesday to expel Ecuador's ambassador over the border "
        "raid.\n\nForeign Minister Ana Rojas said Peru would take firm measures against Ecuador."
    )
    coded = _coded(pipeline, text)
    assert len(coded) == 1 and coded[0][:2] == ("PER", "ECU") and coded[0][2].startswith("13")
    (event,) = events_of(pipeline, text, PUBLISHED_ON)
    assert THREAT_AGAIN in event.evidence.steps


def test_a_vague_warning_to_another_country_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "LIMA, May 5 (Wire) - Peru threatened on Wednesday to expel Ecuador's ambassador over the border "
        "raid.\n\nForeign Minister Ana Rojas said Peru would take firm measures against Bolivia."
    )
    pairs = {c[:2] for c in _coded(pipeline, text)}
    assert pairs == {("PER", "ECU"), ("PER", "BOL")}
