"""An event noun whose verb of occurring is negated tells no event (coding/called_off.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.called_off import called_off_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "A planned visit by the Thai king to Vientiane will not go ahead.",
        "A state visit by the Chilean president to Lima did not go ahead.",
        "Talks between Sudan and Chad will not take place this week.",
        "Talks between Sudan and Chad never took place.",
    ],
)
def test_a_negated_occurrence_tells_no_event(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text, "2021-03-10") == []


def test_an_asserted_occurrence_stays(pipeline: Pipeline) -> None:
    found = coded(pipeline, "A state visit by the Chilean president to Lima will go ahead.", "2021-03-10")
    assert [c[0][:2] for c in found] == ["04"]


def test_the_words_are_read_from_the_data_file() -> None:
    words = called_off_words()
    assert "go ahead" in words.occurrence_verbs and "never" in words.negations
