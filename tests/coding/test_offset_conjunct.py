"""A conjunct after ", and" that closes a "three days after X" clause is the sentence's own act, dated by
the main clause, not by the offset (issue 10, helper dates7; ``newsevents.offsetconj``). Every sentence is
invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def test_conjunct_after_comma_takes_the_main_clause_date(pipeline: Pipeline) -> None:
    text = ("LIMA, Oct 9 (Wire) - Peru expelled Chile's ambassador on Thursday, three days after Chilean "
            "troops crossed the border, and Bolivia condemned the incursion.")
    dates = {e.evidence.trigger: e.date for e in events_of(pipeline, text, "2023-10-09")}
    assert dates.get("expelled") == "2023-10-05", dates
    assert dates.get("condemned") == "2023-10-05", dates
    assert dates.get("crossed") == "2023-10-02", dates


def test_conjunct_inside_the_offset_clause_keeps_its_day(pipeline: Pipeline) -> None:
    text = ("LIMA, Oct 9 (Wire) - Chilean troops left the border town on Thursday, two days after Peru's "
            "defence minister ordered them out and Bolivia recalled its envoy.")
    dates = {e.evidence.trigger: e.date for e in events_of(pipeline, text, "2023-10-09")}
    assert dates.get("recalled") == "2023-10-03", dates
