"""Offsets counted in months and years (``newsevents.dateshift``) and "N years ago this month"
(``newsevents.datewords``), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.dateshift import Shift, calendar_shift
from newsevents.datewords import When, resolve
from newsevents.pipeline import Pipeline
from newsevents.when import OFFSET, OWN_CLAUSE
from when_helpers import date_of

MONDAY = dt.date(2024, 3, 4)


def test_months_are_moved_by_the_calendar() -> None:
    assert calendar_shift(dt.date(2024, 3, 31), -30 * 5, "month") == When("2023-10", "month")
    assert calendar_shift(dt.date(2024, 1, 15), -30, "month") == When("2023-12", "month")
    assert calendar_shift(dt.date(2024, 11, 2), 30 * 2, "month") == When("2025-01", "month")


def test_years_give_their_year() -> None:
    assert calendar_shift(dt.date(2024, 3, 4), -365 * 2, "year") == When("2022", "year")
    assert Shift(-365, None, True, False, "year").apply("2024-03-04") == When("2023", "year")
    assert Shift(365, None, True, False, "year").apply("2019") == When("2020", "year")
    assert Shift(-60, None, True, False, "month").apply("2019-02") == When("2018-12", "month")


def test_days_and_weeks_are_not_calendar_counts() -> None:
    assert calendar_shift(dt.date(2024, 3, 4), -3, None) is None
    assert calendar_shift(dt.date(2024, 3, 4), -7 * 30, None) is None  # (thirty weeks, not seven months)
    assert Shift(-1, None, True).apply("2024-03-04") == When("2024-03-03", "day")
    assert Shift(-21, None, True).apply("2024-03-04") == When("2024-02", "month")
    assert not Shift(-14, None, True).long and Shift(-60, None, True, False, "month").long


def test_day_counts_of_a_month_s_length_stay_days() -> None:
    # ("thirty days later", "sixty days ago", "365 days after": days, though as many as a month or a year)
    assert Shift(30, None, True).apply("2012-11-20") == When("2012-12-20", "day")
    assert not Shift(30, None, True).long and not Shift(-365, None, True).long
    assert Shift(-60, None, False, True).from_day(MONDAY) == When("2024-01", "month")
    assert Shift(-365, None, True).apply("2024-03-04") == When("2023-03-05", "day")


def test_report_counts_keep_their_unit() -> None:
    assert Shift(-365 * 3, None, False, True, "year").from_day(MONDAY) == When("2021", "year")
    assert Shift(-2, None, False, True).from_day(MONDAY) == When("2024-03-02", "day")
    assert Shift(-7, None, False, True).from_day(MONDAY) == When("2024-02", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a year ago this month", When("2023-03", "month")),
        ("two years ago this week", When("2022-03", "month")),
        ("a year ago", When("2023", "year")),
        ("three months ago", When("2023-12", "month")),
    ],
)
def test_ago_this_month_is_that_month(text: str, expected: When) -> None:
    assert resolve(text, MONDAY) == expected


def test_months_after_dates_the_background_clause(pipeline: Pipeline) -> None:
    text = "Four months after the rebels seized the port of Kismayo, the Somali army retook it on Friday."
    assert date_of(pipeline, text, "seized", MONDAY) == ("2023-11", OFFSET)
    assert date_of(pipeline, text, "retook", MONDAY) == ("2024-03-01", OWN_CLAUSE)


def test_years_after_dates_the_background_clause(pipeline: Pipeline) -> None:
    text = "Kenya and Somalia restored ties on Friday, two years after Nairobi expelled the Somali envoy."
    assert date_of(pipeline, text, "expelled", MONDAY) == ("2022", OFFSET)


def test_next_month_and_spans_are_no_offsets(pipeline: Pipeline) -> None:
    text = (
        "Rebels shelled the port in May 2019. Washington has promised to hold naval drills in the gulf next "
        "month."
    )
    assert date_of(pipeline, text, "hold", MONDAY)[1] != OFFSET  # (not June 2019)
    text = "Ghana suspended the licence for six months, a day after the miners signed a deal in Accra."
    assert date_of(pipeline, text, "signed", MONDAY) == ("2024-03-03", OFFSET)


def test_the_following_year_counts_from_a_year(pipeline: Pipeline) -> None:
    text = "The rebels took the town in 2019 and lost it the following year."
    assert date_of(pipeline, text, "lost", MONDAY) == ("2020", OFFSET)


def test_months_after_an_undated_noun_keep_the_own_date(pipeline: Pipeline) -> None:
    text = "The president said on Friday that his troops would leave by June, two months after the coup."
    assert date_of(pipeline, text, "leave", MONDAY)[0] != "2024-05"


def test_a_count_left_as_a_bare_dependent_still_offsets(pipeline: Pipeline) -> None:
    # (the parser leaves "nine months" as an unlabelled "dep" of the clause after it)
    text = (
        "A car bomb tore through a market in Bilbao on Saturday, nine months after the rebels declared a "
        "truce."
    )
    assert date_of(pipeline, text, "declared", MONDAY) == ("2023-06", OFFSET)
