"""Wrong dates by class (issue 10, helper dates41): a date in a clause that an event reports dates the
reported act or state, not the saying (``newsevents.reporteddate``); the saying is dated as an undated
act. An offset whose clause the parser made the root counts from the day told before it
(``newsevents.rootoffset``). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import dated_steps

from newsevents.pipeline import Pipeline

# The reports' publication day (a Saturday): "Tuesday" is 2024-03-05.
_PUBLISHED = "2024-03-09"


def test_a_date_in_a_reported_clause_does_not_date_the_saying(pipeline: Pipeline) -> None:
    text = ("ROME, March 9 (Wire) - Italy's foreign minister told senators that Libya was to blame for the "
            "sinking of a fishing boat, which was found capsized off Lampedusa on Tuesday.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("told") == [("2024-03-09", ["date:dateline"])], dates


def test_a_date_of_the_sayings_own_clause_still_dates_it(pipeline: Pipeline) -> None:
    # "on Tuesday" hangs from "told": the saying's own day, whatever the clause it reports
    text = ("ROME, March 9 (Wire) - Italy's foreign minister told senators on Tuesday that Libya was to "
            "blame for the sinking of a fishing boat off Lampedusa.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("told") == [("2024-03-05", ["date:own-clause"])], dates


def test_offset_parsed_as_the_root_counts_from_the_day_told_before_it(pipeline: Pipeline) -> None:
    # the parser makes "tore" the root, with "after" its own mark: the offset counts from "on Friday"
    text = ("OSLO, March 9 (Wire) - A gunman dressed as a soldier killed at least 40 people at a youth camp "
            "on the island of Tjorn on Friday, two hours after a car bomb tore through government buildings "
            "in Oslo and killed six.")
    dates = dated_steps(pipeline, text, _PUBLISHED)
    assert dates.get("tore") == [("2024-03-08", ["date:offset"])], dates
