"""Dates of a call that sets a coming event for a day, and of a date run on into an offset phrase
(helper dates5): "called a strike for Monday" is told on the report's day, not on the Monday before it
(``datetense.scheduled_for``); "on May 12 after weeks of pressure", read as one expression, still dates
its clause to May 12 (``datetail``); "from Friday until Sunday" dates its act once, by its first day
(``datetense.range_end``); "this year's clashes" is this year's, though the tagger leaves "this" out of
the expression (``dateexpr``). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, published: str) -> dict[str, str | None]:
    return {e.evidence.trigger: e.date for e in events_of(pipeline, text, published)}


def test_a_strike_called_for_a_weekday_is_called_on_the_report_s_day(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, May 9 (Wire) - Ghana's main union called a general strike for Monday to protest against "
        "fuel prices."
    )
    assert _dates(pipeline, text, "2024-05-09")["called"] == "2024-05-09"


def test_the_call_keeps_a_day_of_its_own_clause(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, May 9 (Wire) - Ghana's main union on Tuesday called a general strike for Monday to protest "
        "against fuel prices."
    )
    assert _dates(pipeline, text, "2024-05-09")["called"] == "2024-05-07"


def test_a_day_after_another_preposition_still_dates_the_clause(pipeline: Pipeline) -> None:
    text = "ACCRA, May 9 (Wire) - Ghana's main union went on strike on Monday over fuel prices."
    assert next(iter(_dates(pipeline, text, "2024-05-09").values())) == "2024-05-06"


def test_a_date_run_on_into_after_weeks_dates_its_clause(pipeline: Pipeline) -> None:
    text = "Togo agreed to accept an African Union force on May 12 after weeks of pressure from Ghana."
    assert _dates(pipeline, text, "2024-05-20")["accept"] == "2024-05-12"


def test_an_arrival_on_a_day_after_weeks_of_fighting(pipeline: Pipeline) -> None:
    text = "The first Ghanaian peacekeepers arrived in Lome on May 4 after weeks of fighting."
    assert _dates(pipeline, text, "2024-05-20")["arrived"] == "2024-05-04"


def _all_dates(pipeline: Pipeline, text: str, published: str) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for e in events_of(pipeline, text, published):
        found.setdefault(e.evidence.trigger, []).append(e.date)
    return found


def test_a_span_of_days_dates_its_act_once_by_its_first_day(pipeline: Pipeline) -> None:
    # (``datetense.range_end``: "to Wednesday" and "until Sunday" end the span, they date no second act)
    text = (
        "LOME, May 23 (Wire) - Togo's police held the two Ghanaian journalists from Friday until Sunday. "
        "Rebels shelled the town from Monday to Wednesday."
    )
    dates = _all_dates(pipeline, text, "2024-05-23")
    assert dates["held"] == ["2024-05-17"]
    assert dates["shelled"] == ["2024-05-20"]


def test_this_year_s_keeps_its_this(pipeline: Pipeline) -> None:
    # (``dateexpr._with_day``: the tagger leaves "this" out of "this year's", which alone reads as no date)
    text = (
        "LOME, May 23 (Wire) - Togo's army said on Thursday that this year's clashes with Ghanaian troops "
        "had killed 40 soldiers."
    )
    assert _dates(pipeline, text, "2024-05-23")["killed"] == "2024"


def test_a_term_after_to_is_no_part_of_the_date(pipeline: Pipeline) -> None:
    # (``datetail``: the tagger runs "last month" on into "to ten years", the term a court set)
    text = (
        "PARIS, Oct 9 (Wire) - France expelled two Iranian diplomats on Thursday. The aid worker, who was "
        "sentenced last month to ten years, remains in Evin prison."
    )
    assert _dates(pipeline, text, "2023-10-09")["sentenced"] == "2023-09"
