"""Date expressions resolve against the publication date, never the clock, and only points in time count."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.when import When, parse_published, resolve

TUESDAY = dt.date(2019, 7, 2)  # two days after the Panmunjom meeting (Sunday 2019-06-30)


@pytest.mark.parametrize(("text", "date", "precision"), [
    # absolute
    ("June 30, 2019", "2019-06-30", "day"),
    ("30 June 2019", "2019-06-30", "day"),
    ("2019-06-30", "2019-06-30", "day"),
    ("on June 30, 2019,", "2019-06-30", "day"),
    ("the date June 30, 2019", "2019-06-30", "day"),
    ("in August 2009", "2009-08", "month"),
    ("June 1994", "1994-06", "month"),
    ("in 2010", "2010", "year"),
    # partial and relative, against the publication date
    ("on Sunday", "2019-06-30", "day"),
    ("Monday", "2019-07-01", "day"),
    ("Friday", "2019-06-28", "day"),
    ("Tuesday", "2019-07-02", "day"),  # a Tuesday paper's "Tuesday" is that day, not a week ago
    ("on Tuesday", "2019-07-02", "day"),
    ("yesterday", "2019-07-01", "day"),
    ("today", "2019-07-02", "day"),
    ("tomorrow", "2019-07-03", "day"),
    ("June 30", "2019-06-30", "day"),
    ("last month", "2019-06", "month"),
    ("next month", "2019-08", "month"),
    ("last year", "2018", "year"),
    ("two years ago", "2017", "year"),
])
def test_points_in_time(text: str, date: str, precision: str) -> None:
    assert resolve(text, TUESDAY) == When(date, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "the 1990s", "the '90s", "the 2010s", "two years", "three months", "decades", "recent years",
    "World War Two", "several days", "the past decade", "", "   ", "the talks", "Kim Jong Un",
])
def test_not_points_in_time(text: str) -> None:
    assert resolve(text, TUESDAY) is None


@pytest.mark.parametrize("text", ["yesterday", "on Sunday", "Tuesday", "last month", "June 30", "today",
                                  "two years ago", "next month"])
def test_without_publication_date_relative_expressions_resolve_to_nothing(text: str) -> None:
    assert resolve(text, None) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("June 30, 2019", When("2019-06-30", "day")),
    ("in August 2009", When("2009-08", "month")),
    ("2010", When("2010", "year")),
])
def test_without_publication_date_expressions_with_a_year_resolve(text: str, expected: When) -> None:
    assert resolve(text, None) == expected


@pytest.mark.parametrize(("published", "text", "expected"), [
    (dt.date(2001, 9, 12), "yesterday", "2001-09-11"),
    (dt.date(1994, 6, 20), "on Friday", "1994-06-17"),
    (dt.date(2019, 6, 30), "on Sunday", "2019-06-30"),
    (dt.date(2020, 3, 1), "yesterday", "2020-02-29"),
    (dt.date(2019, 1, 1), "yesterday", "2018-12-31"),
])
def test_reference_is_the_publication_date_not_the_clock(published: dt.date, text: str,
                                                         expected: str) -> None:
    assert resolve(text, published) == When(expected, "day")


def test_last_month_across_a_year_boundary() -> None:
    assert resolve("last month", dt.date(2019, 1, 15)) == When("2018-12", "month")


def test_lead_in_words_are_dropped() -> None:
    # The module's own example of a date entity with lead-in words: "as early as 2010" names 2010.
    assert resolve("as early as 2010", TUESDAY) == When("2010", "year")


def test_of_day() -> None:
    assert When.of_day(dt.date(2019, 6, 30)) == When("2019-06-30", "day")


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-06-30", dt.date(2019, 6, 30)),
    ("2019-06-30T08:15:00+09:00", dt.date(2019, 6, 30)),
    ("2019-06-30 23:59", dt.date(2019, 6, 30)),
    (None, None),
    ("", None),
    ("June 30, 2019", None),
    ("2019-13-01", None),
    ("2019-06", None),
])
def test_parse_published(value: str | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


# -- weekdays, weeks and the future tense ---------------------------------------------------------------

MONDAY = dt.date(2024, 3, 4)


@pytest.mark.parametrize(("text", "future", "date"), [
    ("on Wednesday", True, "2024-03-06"),  # "will meet on Wednesday" in a Monday paper: the coming one
    ("on Wednesday", False, "2024-02-28"),  # "met on Wednesday": the last one
    ("Saturday night", False, "2024-03-02"),
    ("late on Friday", False, "2024-03-01"),
    ("before dawn on Sunday", False, "2024-03-03"),
    ("Monday evening", False, "2024-03-04"),  # a Monday paper's "Monday evening" is that day
    ("last Friday's", False, "2024-03-01"),
    ("Sunday's", False, "2024-03-03"),
    ("next Monday", False, "2024-03-11"),
    ("two days ago", False, "2024-03-02"),
])
def test_weekdays_by_tense(text: str, future: bool, date: str) -> None:
    assert resolve(text, MONDAY, future) == When(date, "day")


@pytest.mark.parametrize(("text", "future", "date"), [
    ("last week", False, "2024-02"),
    ("a week ago", False, "2024-02"),
    ("three weeks ago", False, "2024-02"),
    ("this week", False, "2024-03"),
    ("earlier this week", False, "2024-03"),
    ("next week", True, "2024-03"),
    ("over the weekend", False, "2024-03"),
    ("at the weekend", True, "2024-03"),
    ("earlier this month", False, "2024-03"),
    ("in January last year", False, "2023-01"),
    ("in December", False, "2023-12"),  # a bare month is the last one ...
    ("in December", True, "2024-12"),  # ... or, in a future clause, the next one
    ("in March", False, "2024-03"),
    ("late March", True, "2024-03"),
])
def test_weeks_and_months_to_the_month(text: str, future: bool, date: str) -> None:
    assert resolve(text, MONDAY, future) == When(date, "month")


@pytest.mark.parametrize(("text", "published", "date"), [
    ("on New Year's Day", dt.date(2008, 3, 1), "2008-01-01"),
    ("Christmas Day", dt.date(2008, 3, 1), "2007-12-25"),
    ("Christmas Eve 1999", dt.date(2008, 3, 1), "1999-12-24"),
])
def test_holidays(text: str, published: dt.date, date: str) -> None:
    assert resolve(text, published) == When(date, "day")
