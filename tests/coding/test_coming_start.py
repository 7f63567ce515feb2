"""The day a measure still to come starts from dates no act (``newsevents.dateaside.coming_start``): after
"from", "starting" or "effective", on a future, on an infinitive of what was agreed or threatened ("agreed
on Tuesday to cut ... from Friday"), and on a verb complement of a future ("will stop enforcing ... from
Saturday"); a start told as done keeps its day. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline

# A dateline on a Monday (2024-05-06): the bare weekdays below read backwards would fall in the week before.
DATELINE = "ACCRA, May 6 (Wire) - "
MONDAY = "2024-05-06"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ghana said it would suspend flights to Togo starting Friday.", "suspend"),
        ("Ghana threatened to cut power supplies to Togo from Friday unless Lome paid its debts.", "cut"),
        ("Ghana plans to expel all Togolese diplomats from Thursday, officials said.", "expel"),
    ],
)
def test_the_start_of_a_coming_measure_is_not_its_day(pipeline: Pipeline, text: str, trigger: str) -> None:
    found = by_trigger(events_of(pipeline, DATELINE + text, MONDAY))
    assert found[trigger] and all(e.date == MONDAY for e in found[trigger])


def test_an_agreed_measure_takes_the_day_of_the_agreement(pipeline: Pipeline) -> None:
    text = DATELINE + "Ghana agreed on Saturday to cut power supplies to Togo from Friday."
    found = by_trigger(events_of(pipeline, text, MONDAY))
    assert found["cut"] and all(e.date == "2024-05-04" for e in found["cut"])


def test_a_start_told_as_done_keeps_its_day(pipeline: Pipeline) -> None:
    text = DATELINE + "Ghana closed its border with Togo from Saturday."
    found = by_trigger(events_of(pipeline, text, MONDAY))
    assert [e.date for e in found["closed"]] == ["2024-05-04"]


def test_a_span_of_coming_days_keeps_its_start(pipeline: Pipeline) -> None:
    # "from Tuesday to Thursday": the span's own days (datetense.range_end), not a start of a measure
    text = DATELINE + "Ghana will hold military drills near the Togo border from Tuesday to Thursday."
    found = by_trigger(events_of(pipeline, text, MONDAY))
    assert all(e.date == "2024-05-07" for e in found.get("drills", []) + found.get("hold", []))
