"""Arrests told by a dated reduced relative on the sentence's subject or object are acts of their own
(trigger:dated-relative, coding/reduced_relative.py; issue 10, helper w2coer)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.reduced_relative import DATED_RELATIVE
from newsevents.pipeline import Pipeline


def _arrests(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str | None]]:
    events = events_of(pipeline, text, "2021-06-20")
    return [
        (e.source.country, e.target.country if e.target else None, e.date)
        for e in events
        if e.root == "17" and DATED_RELATIVE in e.evidence.steps
    ]


def test_dated_relative_is_an_arrest(pipeline: Pipeline) -> None:
    text = (
        "MINSK, June 20 (Wire) - At least a dozen students detained last month remain in jail, and state "
        "television called them hooligans."
    )
    assert _arrests(pipeline, text) == [("BLR", "BLR", "2021-05")]


@pytest.mark.parametrize(
    "text",
    [
        # no time of its own: a description of who the students are
        "MINSK, June 20 (Wire) - The detained students remain in jail, and state television mocked them.",
        # a state that goes on ("since"), not an act on a day
        "MINSK, June 20 (Wire) - Minsk freed a teacher held since 2019, and state media praised it.",
    ],
)
def test_undated_or_ongoing_relative_is_background(pipeline: Pipeline, text: str) -> None:
    assert _arrests(pipeline, text) == []
