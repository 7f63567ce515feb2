"""Dates of a lead: a participle set beside the verb dates it ('speaking at the summit on Monday,
pledged'); a place's participle epithet the parser hangs a date on gives it to the clause ('in occupied
Nicosia on Friday'); an act reported under a dated verb of saying takes the earlier day the next sentence
gives it. Every sentence is invented."""

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


def test_reported_act_of_the_lead_takes_the_next_sentences_day(pipeline: Pipeline) -> None:
    text = (
        "LOME, May 13 (Wire) - Togo's army shelled a rebel post near the border, officials said on Monday. "
        "The post was hit on Saturday, a spokesman said."
    )
    events = events_of(pipeline, text, "2024-05-13")
    assert [e.date for e in events if e.evidence.trigger == "shelled"] == ["2024-05-11"]


def test_act_told_as_news_of_the_day_keeps_the_saying_day(pipeline: Pipeline) -> None:
    text = (
        "LOME, May 13 (Wire) - Togo has demanded the release of a trader held in Accra, its foreign "
        "minister said on Monday. Ghana arrested the trader on Saturday."
    )
    events = events_of(pipeline, text, "2024-05-13")
    assert [e.date for e in events if e.evidence.trigger == "demanded"] == ["2024-05-13"]
