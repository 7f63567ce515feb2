"""Acts that are no event between parties (rows ne.spurious5.*): a party meeting its own commitments, a
ceremony held at a base, a head calling his own ministers to session. The real events beside them stay:
demands met, people held at a base. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2024-05-14"
DATELINE = "OSLO, May 13 (Wire) - "


def _codes(pipeline: Pipeline, sentence: str, trigger: str) -> list[tuple[str, str | None]]:
    events = events_of(pipeline, DATELINE + sentence, PUBLISHED_ON)
    return [(e.cameo, e.evidence.rule) for e in events if e.evidence.trigger == trigger]


def test_commitments_met_are_no_meeting(pipeline: Pipeline) -> None:
    sentence = "Austria said on Monday that Italy had met its commitments on the treaty."
    assert _codes(pipeline, sentence, "met") == []
    sentence = "Peru had met all its obligations under the accord, the Chilean minister said on Monday."
    assert _codes(pipeline, sentence, "met") == []


def test_demands_met_stay_a_yielding(pipeline: Pipeline) -> None:
    sentence = "Iran met Norway's demands on Monday and freed the sailors."
    assert [c for c, _ in _codes(pipeline, sentence, "met")] == ["080"]


def test_a_ceremony_at_a_base_is_no_detention(pipeline: Pipeline) -> None:
    sentence = "Estonian officers held a farewell ceremony at the Amari air base on Monday."
    assert _codes(pipeline, sentence, "held") == []


def test_people_held_at_a_base_stay_detained(pipeline: Pipeline) -> None:
    sentence = "Sweden held two Norwegian citizens at the air base on Monday."
    assert [c for c, _ in _codes(pipeline, sentence, "held")] == ["173"]


def test_a_meeting_of_ones_own_ministers_is_no_call(pipeline: Pipeline) -> None:
    sentence = "Prime Minister Jonas Gahr Store called an emergency meeting of ministers on Monday."
    assert _codes(pipeline, sentence, "called") == []
