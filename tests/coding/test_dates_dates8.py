"""Dates the parser hangs in the wrong place (helper dates8): a day told between a reporting verb and its
reported clause's subject dates the saying, even when the parser hangs it on the reported verb, so the
reported act keeps the date of its own clause ("said on Friday it had killed ... at the end of March":
``dateexpr.said_over``); a day after what a judging verb calls its object is the verb's own ("called the
envoy 'a liar' on Monday, a remark ...": ``accused_date.dates_judged_act``). Every sentence is
invented."""

from __future__ import annotations

from coding_helpers import datelined_dates

from newsevents.pipeline import Pipeline


def test_a_day_of_saying_does_not_date_the_reported_act(pipeline: Pipeline) -> None:
    text = "The army said on Friday it had killed 40 rebels in a raid on Tessit at the end of March."
    dates = datelined_dates(pipeline, text)
    assert dates["killed"] == ["2022-03"]


def test_a_reported_act_with_no_date_of_its_own_keeps_the_day_of_saying(pipeline: Pipeline) -> None:
    dates = datelined_dates(pipeline, "The army said on Friday it had killed 40 rebels in a raid on Tessit.")
    assert dates["killed"] == ["2022-04-01"]


def test_a_day_after_what_the_object_is_called_dates_the_calling(pipeline: Pipeline) -> None:
    text = "Osterlich closed its border with Ruritania on Friday. Ruritania's president called the Osterlich "
    text += 'government "fascist thugs" on Thursday, a remark the premier called absurd.'
    assert "2022-03-31" in datelined_dates(pipeline, text)["called"]
