"""The written date shapes read without dateparser ("Aug. 25", "June 30, 2019", "January 2013", "1995")
give what dateparser gives for them, and every other shape is left to dateparser (issue 10, throughput)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import spacy

from newsevents import datewords
from newsevents.dateclause import holiday_spans
from newsevents.datewords import When

# Reference days at the edges: a leap day, the turn of a year, a month's last day.
BASES = (dt.date(2012, 2, 29), dt.date(2019, 12, 31), dt.date(2000, 1, 1), dt.date(2016, 1, 31))
SPELLINGS = ("March", "Mar.", "Sept.", "Sep", "December", "Feb", "May", "Jan.")


def _dateparser(clean: str, published: dt.date | None, future: bool) -> When | None:
    """What ``datewords`` made of ``clean`` before the fast path: dateparser's reading."""
    base = published or dt.date(2000, 1, 1)
    data = datewords._parser(base, published is None, future).get_date_data(clean)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    by_period = {"day": When.of_day(day), "month": When.of_month(day), "year": When(str(day.year), "year")}
    return by_period.get(data.period or "")


def _texts() -> list[str]:
    out = ["1931", "2018", "1799", "2101"]
    for name in SPELLINGS:
        out += [f"{name} {d}" for d in (1, 15, 28, 29, 30, 31, 32)]
        out += [f"{name} 29, 2016", f"{name} 31 2019", f"{name} 2013", f"{name} 1799"]
    return out


@pytest.mark.parametrize("published", [*BASES, None])
def test_written_dates_read_as_dateparser_reads_them(published: dt.date | None) -> None:
    read = 0
    for text, future in itertools.product(_texts(), (False, True)):
        clean = datewords._clean(text)
        fast = datewords._written_date(clean.casefold(), published, future)
        if fast is datewords._UNREAD:
            continue
        if published is None and not datewords._YEAR.search(clean):
            continue  # resolve() never asks a parser for a year-less date without a reference day
        read += 1
        assert fast == _dateparser(clean, published, future), (text, published, future)
    assert read > 20  # the comparison covered the shapes, not only fallbacks


@pytest.mark.parametrize("published", [*BASES, dt.date(2020, 3, 31)])
def test_words_next_to_the_reference_day_read_as_dateparser_reads_them(published: dt.date) -> None:
    for word, future in itertools.product(sorted(datewords._NEAR), (False, True)):
        fast = datewords._written_date(word, published, future)
        assert fast == _dateparser(word, published, future), (word, published, future)


@pytest.mark.parametrize("text", ["Feb 29", "May 16th", "16 May 2019", "Aug 5 - Lima", "Smarch 3", "mid-May"])
def test_other_shapes_are_left_to_dateparser(text: str) -> None:
    # Feb 29 has no day in 2019: dateparser decides what it means.
    assert datewords._written_date(text.casefold(), dt.date(2019, 6, 1), False) is datewords._UNREAD


def test_the_reference_day_itself_is_past_not_future() -> None:
    ref = dt.date(2021, 3, 1)
    assert datewords.resolve("March 1", ref) == When("2021-03-01", "day")
    assert datewords.resolve("March 1", ref, True) == When("2022-03-01", "day")


@pytest.mark.parametrize("name", sorted(datewords.date_words().holidays))
def test_the_holiday_gate_lets_every_holiday_through(name: str) -> None:
    doc = spacy.blank("en")(f"The envoys met on {name.title()} in a border town.")
    assert [s.text.casefold() for s in holiday_spans(doc)] == [name]


def test_no_holiday_no_spans() -> None:
    assert holiday_spans(spacy.blank("en")("The envoys met on Tuesday in a border town.")) == []
