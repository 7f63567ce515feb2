"""One act dated twice by one trigger (issue 10, duplicates): a period and a day within it are one event on
the day (select:period-and-day); two days or two months stay apart. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.periods import PERIOD_DAY, nested, precision_rank
from newsevents.datewords import When
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-10"


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (When("2010-11", "month"), When("2010-11-23", "day"), True),
        (When("2010", "year"), When("2010-11", "month"), True),
        (When("2010-11-23", "day"), When("2010-11-23", "day"), True),
        (When("2010-11-22", "day"), When("2010-11-23", "day"), False),
        (When("1991-01", "month"), When("1991-02", "month"), False),
        (When("2010-1", "month"), When("2010-11-23", "day"), False),
        (None, When("2010-11-23", "day"), False),
    ],
)
def test_a_period_agrees_with_a_day_within_it(a: When | None, b: When, agree: bool) -> None:
    assert nested(a, b) is agree
    assert nested(b, a) is agree


def test_the_more_precise_date_ranks_higher() -> None:
    ranks = [precision_rank(w) for w in (None, When("2010", "year"), When("2010-11", "month"))]
    assert ranks + [precision_rank(When("2010-11-23", "day"))] == [-1, 0, 1, 2]


def test_an_act_dated_by_a_week_and_a_day_in_it_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "MANILA (Wire) - The week in review. This week: Vietnam seized a Chinese fishing boat on Tuesday "
        "and detained its crew."
    )
    seized = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.evidence.trigger == "seized"]
    assert len(seized) == 1, [(e.cameo, e.date) for e in seized]
    assert seized[0].date == "2021-03-09"
    assert PERIOD_DAY in seized[0].evidence.steps
