"""A date told beside an act on the same occasion dates the act: a participle set beside the verb
('speaking at the summit on Monday, pledged'), and a place's participle epithet the parser hangs the date
on ('in occupied Nicosia on Friday') gives it to the clause. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.date for e in events_of(pipeline, text, "2024-05-11") if e.evidence.trigger == trigger]


def test_participle_beside_the_subject_dates_the_act(pipeline: Pipeline) -> None:
    text = (
        "ATHENS, May 11 (Wire) - The Greek president, speaking at the parliament on Thursday, pledged two "
        "million dollars to Cyprus."
    )
    assert _dates(pipeline, text, "pledged") == ["2024-05-09"]


def test_span_participle_dates_nothing(pipeline: Pipeline) -> None:
    text = (
        "ATHENS, May 11 (Wire) - Greece reopened its border with Albania, ending a closure that began on "
        "Thursday."
    )
    assert _dates(pipeline, text, "reopened") in ([], ["2024-05-11"])


def test_epithet_of_a_place_takes_no_date(pipeline: Pipeline) -> None:
    text = "ATHENS, May 11 (Wire) - Greek troops surrounded the Turkish embassy in occupied Nicosia on Friday"
    text += "."
    assert _dates(pipeline, text, "surrounded") == ["2024-05-10"]
