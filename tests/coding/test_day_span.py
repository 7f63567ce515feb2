"""One act told over two coordinated days or months by one trigger is one event, dated by the first
(coding/day_span.py); two acts told apart ("three on Monday and two more on Wednesday") stay two.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.day_span import spanned
from newsevents.datewords import When
from newsevents.pipeline import Pipeline

# (text, root, the dates of that root's events)
CASES = [
    (
        "United Nations helicopters fired rockets at militia positions near Bunia on Saturday and Sunday.",
        "19",
        ["2021-03-06"],
    ),
    (
        "Gabon's president held talks with the junta leader in Niamey on Friday and Saturday.",
        "04",
        ["2021-03-05"],
    ),
    (
        # (a counted object may be one a day: two acts)
        "Militiamen raided three villages near Beni on Monday and Tuesday.",
        "18",
        ["2021-03-08", "2021-03-09"],
    ),
    (
        "Pakistan tested three missiles on Monday and two more on Thursday.",
        "15",
        ["2021-03-04", "2021-03-08"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_day_span(pipeline: Pipeline, case: tuple[str, str, list[str]]) -> None:
    text, root, dates = case
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == root]
    assert sorted(e.date or "" for e in events) == dates, [(e.date, e.evidence.steps) for e in events]


def test_spans_are_short_and_of_one_precision(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Troops fought on Saturday and Sunday.")
    verb = next(t for t in doc if t.lemma_ == "fight")
    day, next_day, far = When("2021-03-06", "day"), When("2021-03-07", "day"), When("2021-04-07", "day")
    assert spanned(verb, day, next_day)
    assert not spanned(verb, day, far)
    assert not spanned(verb, day, When("2021-03", "month"))
