"""Date-error classes fixed in the seventh session (issue 10, helper dates), on sentences written for
these tests with fixed publication dates: a later date beside an act told as done, plans told as nouns,
undated leads, feasts that move with Easter, dated occasions, dates an act is put off to, and weekdays
after the dateline in a report published later.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents import movable
from newsevents.dateclause import STORY_DAY
from newsevents.datewords import resolve
from newsevents.leaddate import LEAD_DAY
from newsevents.pipeline import Pipeline
from newsevents.when import DATELINE, OWN_CLAUSE, PUBLISHED, When
from when_helpers import date_of, dates_of


def _dated_texts(pipeline: Pipeline, text: str, published: dt.date) -> list[str]:
    """The date expressions of ``text`` that may date an event (``DocDates.ents``)."""
    return [e.text for e in dates_of(pipeline, text, published)[1].ents]


# -- a later date beside an act told as done (datetense) ------------------------------------------------


def test_a_later_date_of_the_sentence_does_not_date_a_past_act(pipeline: Pipeline) -> None:
    text = (
        "LOME, May 4 (Wire) - Togo's president thanked the donors and said the new clinics would open in "
        "Kara on June 12."
    )
    assert date_of(pipeline, text, "thanked", dt.date(2021, 5, 4)) == ("2021-05-04", DATELINE)


def test_a_future_act_keeps_its_later_date(pipeline: Pipeline) -> None:
    text = "LOME, May 4 (Wire) - The new clinics will open in Kara on June 12, the health minister said."
    assert date_of(pipeline, text, "open", dt.date(2021, 5, 4)) == ("2021-06-12", OWN_CLAUSE)


def test_an_infinitive_on_a_plan_noun_is_in_the_future(pipeline: Pipeline) -> None:
    # "in January" belongs to the plan: the coming January, never the sit-in's date
    text = (
        "CONAKRY, Sept 28 (Wire) - The marchers had gathered to protest against the colonel's plans to run "
        "in elections in January."
    )
    date, rule = date_of(pipeline, text, "gathered", dt.date(2009, 9, 28))
    assert (date, rule) == ("2009-09-28", DATELINE)


# -- an undated lead (leaddate) -------------------------------------------------------------------------


def test_an_undated_lead_takes_the_next_sentence_day(pipeline: Pipeline) -> None:
    text = (
        "Ghana has closed its border with Togo, a government spokesman said. The order was signed in Accra "
        "on Sunday, hours after a clash between traders."
    )
    assert date_of(pipeline, text, "closed", dt.date(2021, 5, 4)) == ("2021-05-02", LEAD_DAY)


def test_a_lead_keeps_the_report_date_when_the_next_day_is_old(pipeline: Pipeline) -> None:
    # a date weeks back is background the story recalls, not the day of the lead's news
    text = (
        "Ghana has closed its border with Togo, a government spokesman said. The two neighbours signed a "
        "trade accord in Accra on March 3."
    )
    assert date_of(pipeline, text, "closed", dt.date(2021, 5, 4)) == ("2021-05-04", PUBLISHED)


def test_a_later_sentence_still_takes_the_lead_day(pipeline: Pipeline) -> None:
    text = (
        "LOME, May 4 (Wire) - Togo closed its border with Benin on Sunday. Two traders were shot dead at "
        "the crossing, police said."
    )
    assert date_of(pipeline, text, "shot", dt.date(2021, 5, 4)) == ("2021-05-02", STORY_DAY)


# -- feasts that move with Easter (movable) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "day"), [(1995, "1995-04-16"), (2008, "2008-03-23"), (2019, "2019-04-21"), (2024, "2024-03-31")]
)
def test_easter_sunday_of_a_year(year: int, day: str) -> None:
    assert movable.easter(year).isoformat() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [("on Easter Sunday", "2019-04-21"), ("Good Friday", "2019-04-19"), ("on Palm Sunday", "2019-04-14")],
)
def test_movable_feasts_resolve_to_the_last_one(text: str, day: str) -> None:
    assert resolve(text, dt.date(2019, 4, 25)) == When(day, "day")


def test_an_attack_on_easter_sunday_is_dated_by_the_feast(pipeline: Pipeline) -> None:
    text = "KADUNA, April 22 (Wire) - Gunmen attacked a packed church in the city on Easter Sunday."
    assert date_of(pipeline, text, "attacked", dt.date(2019, 4, 22)) == ("2019-04-21", OWN_CLAUSE)


# -- dated occasions (occasiondate) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "day"),
    [
        ("ACCRA, May 4 (Wire) - The Liberian president flew in for Saturday's ceremony.", "flew", "05-01"),
        ("ACCRA, May 4 (Wire) - Ghana sharply criticised Nigeria at Sunday's summit.", "criticised", "05-02"),
    ],
)
def test_an_act_at_a_dated_occasion_takes_its_date(
    pipeline: Pipeline, text: str, verb: str, day: str
) -> None:
    assert date_of(pipeline, text, verb, dt.date(2021, 5, 4)) == (f"2021-{day}", OWN_CLAUSE)


def test_an_act_on_a_dated_attack_keeps_its_own_date(pipeline: Pipeline) -> None:
    # the condemnation is not on the attack's day
    text = "ACCRA, May 4 (Wire) - Ghana condemned Saturday's attack on the convoy."
    assert date_of(pipeline, text, "condemned", dt.date(2021, 5, 4))[0] != "2021-05-01"


# -- dates an act is put off or carried on to (datetense.deadline) -------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The commission postponed the vote to February 18.", []),
        ("The army extended the curfew in the capital until Monday.", []),
        ("The army extended the curfew on Friday until Monday.", ["Friday"]),
    ],
)
def test_a_date_put_off_to_dates_no_event(pipeline: Pipeline, text: str, kept: list[str]) -> None:
    assert _dated_texts(pipeline, text, dt.date(2008, 1, 4)) == kept


# -- weekdays after the dateline (dateexpr) -------------------------------------------------------------


def test_a_weekday_after_the_dateline_is_the_publication_day(pipeline: Pipeline) -> None:
    text = "KYIV, June 30 (Wire) - Troops left the island on Thursday. Jets bombed the island on Friday."
    published = dt.date(2022, 7, 1)  # a Friday, the day after the dateline
    assert date_of(pipeline, text, "bombed", published) == ("2022-07-01", OWN_CLAUSE)
    assert date_of(pipeline, text, "left", published) == ("2022-06-30", OWN_CLAUSE)


def test_a_weekday_in_a_report_published_on_its_dateline_is_read_back(pipeline: Pipeline) -> None:
    text = "KYIV, June 30 (Wire) - Jets bombed the island again on Friday."
    assert date_of(pipeline, text, "bombed", dt.date(2022, 6, 30)) == ("2022-06-24", OWN_CLAUSE)


def test_a_dateline_of_two_places_dates_an_undated_event(pipeline: Pipeline) -> None:
    text = "ROME/PARIS, Dec 4 (Wire) - Italy recalled its ambassador from France."
    assert date_of(pipeline, text, "recalled", dt.date(2019, 12, 5)) == ("2019-12-04", DATELINE)


# -- a same-time clause (sametime) ----------------------------------------------------------------------


def test_an_undated_act_takes_the_date_of_its_when_clause(pipeline: Pipeline) -> None:
    # not the July of the clause it is coordinated with
    text = (
        "CAIRO, Oct 10 (Wire) - The army ousted the president in July, and police killed dozens of his "
        "supporters when they cleared two protest camps in August."
    )
    assert date_of(pipeline, text, "killed", dt.date(2013, 10, 10)) == ("2013-08", OWN_CLAUSE)


def test_an_after_clause_does_not_date_its_head(pipeline: Pipeline) -> None:
    text = "CAIRO, Oct 10 (Wire) - Police arrested dozens of students after they had marched in August."
    assert date_of(pipeline, text, "arrested", dt.date(2013, 10, 10))[0] != "2013-08"
