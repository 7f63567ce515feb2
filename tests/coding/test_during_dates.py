"""An event noun after "during" goes on at the time of the verb it hangs from (newsevents.clausedate): it
takes that verb's date. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.date for e in events_of(pipeline, text, "2024-05-06") if e.evidence.trigger == trigger]


def test_event_noun_after_during_takes_its_verbs_date(pipeline: Pipeline) -> None:
    text = (
        "ATHENS, May 6 (Wire) - Albania released two Greek fishermen on Saturday during a visit to Tirana "
        "by the Greek foreign minister."
    )
    assert _dates(pipeline, text, "visit") == ["2024-05-04"]


def test_event_noun_after_another_preposition_keeps_its_own_date(pipeline: Pipeline) -> None:
    text = (
        "ATHENS, May 6 (Wire) - Albania released two Greek fishermen on Saturday, weeks before a visit to "
        "Tirana by the Greek foreign minister."
    )
    assert "2024-05-04" not in _dates(pipeline, text, "visit")
