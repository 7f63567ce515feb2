"""A month and day written without a year is the nearer of its readings, and a day after the report dates
no act told as done, nor does a time an act is compared with (``newsevents.nearyear``,
``newsevents.dateaside``), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.datewords import When
from newsevents.nearyear import nearer_year
from newsevents.pipeline import Pipeline

WEDNESDAY_IN_MARCH = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "past", "read"),
    [
        ("May 25", "2020-05-25", "2021-05-25"),  # eleven weeks ahead, not forty-one back
        ("Dec. 28", "2020-12-28", "2020-12-28"),  # ten weeks back, not forty-two ahead
        ("May 25, 2020", "2020-05-25", "2020-05-25"),  # a written year stands
        ("March 2", "2021-03-02", "2021-03-02"),  # already this year's
    ],
)
def test_a_bare_month_day_is_the_nearer_reading(text: str, past: str, read: str) -> None:
    reference = dt.date.fromisoformat(WEDNESDAY_IN_MARCH)
    assert nearer_year(text, When.of_day(dt.date.fromisoformat(past)), reference).date == read


def test_a_bare_month_day_without_a_reference_day_is_left() -> None:
    assert nearer_year("May 25", When.of_day(dt.date(2020, 5, 25)), None).date == "2020-05-25"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Brazil threatened on Monday to impose tariffs on Argentine imports from June 10.", "impose"),
        (
            "Peru's parliament voted on Monday to remove President Castillo from office and to hold an "
            "election on May 25.",
            "hold",
        ),
    ],
)
def test_a_coming_day_does_not_date_an_act_told_as_done(pipeline: Pipeline, text: str, trigger: str) -> None:
    found = by_trigger(events_of(pipeline, text, WEDNESDAY_IN_MARCH))
    assert [e.date for e in found[trigger]] == ["2021-03-08"]


def test_a_coming_day_dates_a_meeting_still_to_come(pipeline: Pipeline) -> None:
    text = "Chile's foreign minister will meet his Bolivian counterpart in Geneva on May 25."
    found = by_trigger(events_of(pipeline, text, WEDNESDAY_IN_MARCH))
    assert [(e.cameo, e.date) for e in found["meet"]] == [("036", "2021-05-25")]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang warned Seoul on Monday that it would strike back even harder than last month if the "
        "drills went ahead.",
        "Israel threatened on Monday to strike Hezbollah harder than in 2006.",
    ],
)
def test_a_compared_time_dates_no_act(pipeline: Pipeline, text: str) -> None:
    found = by_trigger(events_of(pipeline, text, WEDNESDAY_IN_MARCH))
    assert [(e.cameo, e.date) for e in found["strike"]] == [("138", "2021-03-08")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in Kano the night before, police said on Tuesday.",
        "Police said on Tuesday that gunmen had attacked a police post in Kano the night before.",
    ],
)
def test_the_night_before_is_the_day_before(pipeline: Pipeline, text: str) -> None:
    found = by_trigger(events_of(pipeline, text, WEDNESDAY_IN_MARCH))
    assert [(e.cameo, e.date) for e in found["attacked"]] == [("180", "2021-03-08")]


@pytest.mark.parametrize(
    "text",
    [
        "China will impose duties on Australian wine from Saturday.",
        "China's commerce ministry said it would impose duties on Australian wine from Saturday.",
    ],
)
def test_the_start_of_a_measure_to_come_dates_no_act(pipeline: Pipeline, text: str) -> None:
    found = by_trigger(events_of(pipeline, text, WEDNESDAY_IN_MARCH))
    # duties imposed are a sanction (163, ne.pvocab rows); to come, a threat of sanctions (1312)
    assert [(e.cameo, e.date) for e in found["impose"]] == [("1312", WEDNESDAY_IN_MARCH)]
