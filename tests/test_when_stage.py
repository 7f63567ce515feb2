"""The dates stage on sentences written for these tests: which date an event's clause takes.

Each case parses a short report, runs the stages up to dates and asks for the date of the event at a
given verb, as if every verb of the sentence were a trigger.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from newsevents.dateclause import STORY_DAY
from newsevents.pipeline import Pipeline
from newsevents.when import (
    DATELINE,
    ENCLOSING,
    HEAD_NOUN,
    OFFSET,
    OWN_CLAUSE,
    PUBLISHED,
    DocDates,
    When,
)
from when_helpers import date_of, dates_of

MONDAY = dt.date(2024, 3, 4)


def _date_of(
    pipeline: Pipeline, text: str, verb: str, published: dt.date = MONDAY
) -> tuple[str | None, str | None]:
    """The date and rule of the event at the last token ``verb`` (``when_helpers.date_of``)."""
    return date_of(pipeline, text, verb, published)


def _dates(pipeline: Pipeline, text: str, published: dt.date = MONDAY) -> tuple[Doc, DocDates]:
    return dates_of(pipeline, text, published)


def test_future_weekday_is_the_coming_one(pipeline: Pipeline) -> None:
    text = "The foreign ministers of Chile and Peru will meet in Lima on Wednesday."
    assert _date_of(pipeline, text, "meet") == ("2024-03-06", OWN_CLAUSE)


def test_past_weekday_is_the_last_one(pipeline: Pipeline) -> None:
    text = "The foreign ministers of Chile and Peru met in Lima on Wednesday."
    assert _date_of(pipeline, text, "met") == ("2024-02-28", OWN_CLAUSE)


def test_planned_act_reads_forwards(pipeline: Pipeline) -> None:
    text = "The envoy is due to arrive in Dakar on Thursday."
    assert _date_of(pipeline, text, "arrive") == ("2024-03-07", OWN_CLAUSE)


def test_a_day_after_dates_the_earlier_event(pipeline: Pipeline) -> None:
    text = "Troops withdrew from the border town on Sunday, a day after rebels shelled the army barracks."
    assert _date_of(pipeline, text, "withdrew") == ("2024-03-03", OWN_CLAUSE)
    assert _date_of(pipeline, text, "shelled") == ("2024-03-02", OFFSET)


def test_days_earlier_counts_back_from_the_main_clause(pipeline: Pipeline) -> None:
    text = "Police arrested the two men on Friday who had robbed a bank in the capital three days earlier."
    assert _date_of(pipeline, text, "robbed") == ("2024-02-27", OFFSET)


def test_hours_later_keeps_the_last_day(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a police post in the north on Saturday. Hours later, the army sealed the district."
    )
    assert _date_of(pipeline, text, "sealed") == ("2024-03-02", OFFSET)


def test_a_year_in_a_noun_phrase_does_not_date_the_clause(pipeline: Pipeline) -> None:
    text = "Ecuador accused Peru of breaking the 1998 accord."
    assert _date_of(pipeline, text, "accused")[0] == "2024-03-04"


def test_since_in_a_noun_phrase_does_not_date_the_clause(pipeline: Pipeline) -> None:
    text = "The general, in power since 1990, resigned."
    assert _date_of(pipeline, text, "resigned") == ("2024-03-04", PUBLISHED)


def test_relative_clause_takes_its_nouns_date(pipeline: Pipeline) -> None:
    text = "The minister visited the site of Saturday's bombing, in which militants killed nine guards."
    assert _date_of(pipeline, text, "killed") == ("2024-03-02", HEAD_NOUN)


def test_subordinate_clause_shares_the_main_date(pipeline: Pipeline) -> None:
    text = "Police fired tear gas on Sunday as protesters tried to storm the ministry."
    assert _date_of(pipeline, text, "tried") == ("2024-03-03", ENCLOSING)


def test_dateline_date_is_the_reference(pipeline: Pipeline) -> None:
    # Filed on Sunday, published on Monday: "on Saturday" is the day before the dateline; an undated
    # event after the lead takes the lead's day (the story's), and with an undated lead the dateline's.
    text = "LOMÉ, March 3 (Wire) - Togo closed its border with Benin on Saturday. Benin protested."
    doc, dates = _dates(pipeline, text)
    assert dates.dateline == When("2024-03-03", "day")
    assert _date_of(pipeline, text, "closed") == ("2024-03-02", OWN_CLAUSE)
    assert _date_of(pipeline, text, "protested") == ("2024-03-02", STORY_DAY)
    text = "LOMÉ, March 3 (Wire) - Togo has closed its border with Benin. Benin protested."
    assert _date_of(pipeline, text, "protested") == ("2024-03-03", DATELINE)


@pytest.mark.parametrize(
    "text", ["Mali said it would hold talks.", "BAMAKO - Mali said it would hold talks."]
)
def test_no_dateline_without_its_date(pipeline: Pipeline, text: str) -> None:
    assert _dates(pipeline, text)[1].dateline is None


def test_holiday_is_a_date_even_when_not_tagged_as_one(pipeline: Pipeline) -> None:
    text = "A crowd torched a bus depot in the southern port on New Year's Day."
    assert _date_of(pipeline, text, "torched", dt.date(2008, 3, 1)) == ("2008-01-01", OWN_CLAUSE)


def test_a_dated_subject_noun_dates_its_clause(pipeline: Pipeline) -> None:
    text = "Saturday's car bombing killed twelve soldiers near the border."
    assert _date_of(pipeline, text, "killed") == ("2024-03-02", OWN_CLAUSE)


def test_reported_act_takes_the_reports_date(pipeline: Pipeline) -> None:
    text = "The junta announced on Saturday that it had dissolved the national assembly."
    assert _date_of(pipeline, text, "dissolved") == ("2024-03-02", ENCLOSING)


def test_a_date_on_the_last_conjunct_dates_them_all(pipeline: Pipeline) -> None:
    text = "Scores of herders were shot or beaten to death near the river on Feb. 20, elders said."
    assert _date_of(pipeline, text, "shot")[0] == "2024-02-20"


def test_after_without_an_offset_is_the_same_days_story(pipeline: Pipeline) -> None:
    text = "The pilot was captured on Wednesday after his jet was shot down over the border."
    assert _date_of(pipeline, text, "shot") == ("2024-02-28", ENCLOSING)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Soldiers patrolled the capital for the first time since 1991.", "patrolled"),
        ("Police have detained 900 people since Thursday.", "detained"),
    ],
)
def test_a_since_date_dates_no_event(pipeline: Pipeline, text: str, verb: str) -> None:
    date, step = _date_of(pipeline, text, verb)
    assert step != OWN_CLAUSE and date == MONDAY.isoformat()


def test_dateline_city_with_an_accent_and_an_apposed_actor(pipeline: Pipeline) -> None:
    text = "BOGOTÁ, March 3 (Wire) - Colombia recalled its ambassador from Caracas."
    _doc, dates = _dates(pipeline, text)
    assert dates.dateline == When("2024-03-03", "day")


def test_the_night_before_counts_back_a_day(pipeline: Pipeline) -> None:
    # The parser hangs "before" on the verb, not on "night": the offset is still the night before.
    text = "Jets bombed the district on Sunday. A supply column was ambushed the night before."
    assert _date_of(pipeline, text, "ambushed") == ("2024-03-02", OFFSET)
