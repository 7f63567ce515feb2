"""Dates at the head of chronology and bulletin lines (``newsevents.linehead``), on reports written for
these tests: an undated event of a headed line takes the head's date, and a line headed by an earlier
year reads its bare months in that year."""

from __future__ import annotations

import datetime as dt

from newsevents.linehead import LINE_HEAD, LineHeads
from newsevents.pipeline import Pipeline
from when_helpers import date_of, dates_of

PUBLISHED = dt.date(2016, 10, 20)


def test_month_day_heads_date_their_lines(pipeline: Pipeline) -> None:
    text = (
        "LUSAKA (Wire) - How the crisis unfolded:\n\n"
        "Aug 3 - Two Zambian soldiers are seized by gunmen near the border.\n"
        "Sept 14 - Envoys of Zambia and Malawi sign a border accord in Lilongwe."
    )
    assert date_of(pipeline, text, "seized", PUBLISHED)[0] == "2016-08-03"
    assert date_of(pipeline, text, "sign", PUBLISHED)[0] == "2016-09-14"


def test_bulletin_heads_with_a_time_and_a_place(pipeline: Pipeline) -> None:
    text = (
        "BULLETINS (GMT)\n\n"
        "OCT 11, 09:40 - MAPUTO - Police disperse a march with tear gas.\n"
        "OCT 12 1815 HARARE - The government expels two foreign reporters."
    )
    assert date_of(pipeline, text, "disperse", PUBLISHED) == ("2016-10-11", LINE_HEAD)
    assert date_of(pipeline, text, "expels", PUBLISHED) == ("2016-10-12", LINE_HEAD)


def test_a_year_head_reads_bare_months_in_its_year(pipeline: Pipeline) -> None:
    text = (
        "ACCRA (Wire) - Milestones of the dispute:\n\n"
        "2009: Togo closes its border crossings in March.\n"
        "2012: The two governments hold talks in Lome."
    )
    assert date_of(pipeline, text, "closes", PUBLISHED)[0] == "2009-03"
    assert date_of(pipeline, text, "hold", PUBLISHED) == ("2012", LINE_HEAD)


def test_own_date_of_the_clause_wins_over_the_head(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI (Wire) - Key dates:\n\n"
        "May 2 - Troops cross the border; the foreign minister flies to Kampala on May 5."
    )
    assert date_of(pipeline, text, "flies", PUBLISHED)[0] == "2016-05-05"


def test_a_sentence_that_opens_with_a_date_is_no_head(pipeline: Pipeline) -> None:
    doc, _ = dates_of(pipeline, "May 4 was quiet in the capital, officials said.", PUBLISHED)
    assert not LineHeads(doc, PUBLISHED)
    doc, _ = dates_of(pipeline, "2014 brought few changes for the army.", PUBLISHED)
    assert not LineHeads(doc, PUBLISHED)


def test_a_head_after_the_report_is_not_read(pipeline: Pipeline) -> None:
    doc, _ = dates_of(pipeline, "Chronology:\n\n2019: Talks resume in Geneva.", PUBLISHED)
    assert not LineHeads(doc, PUBLISHED)


def test_a_line_head_is_a_sentence_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Timeline:\n\n"
        "Feb 22 - Rebels led by a former police chief take the northern port.\n"
        "APR 3, 14:20 - DAKAR - Police detain two reporters.\n"
        "06:10 - Troops fire on a march."
    )
    doc = pipeline.nlp(text)
    firsts = [s.text.strip() for s in doc.sents]
    assert "Feb 22 -" in firsts and "APR 3, 14:20 - DAKAR -" in firsts and "06:10 -" in firsts
    assert any(s.startswith("Rebels led by") for s in firsts)
    assert any(s.startswith("Police detain") for s in firsts)


def test_an_offset_counts_from_a_finer_date_its_line_gave(pipeline: Pipeline) -> None:
    # (a year head and "in January" before it: "four days later" is in January, not just in that year)
    text = (
        "LIMA (Wire) - Key dates in the dispute:\n\n"
        "2009: Peru attacks Ecuador in January. Brazil imposes an arms embargo four days later.\n"
        "2012: Both sides hold talks in Quito."
    )
    assert date_of(pipeline, text, "imposes", PUBLISHED)[0] == "2009-01"
