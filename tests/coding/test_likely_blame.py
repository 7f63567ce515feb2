"""A party said likely to be behind an act, through an impersonal frame, is accused of it
(coding/likely_blame.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.likely_blame import likely_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday it looked as though Belarus was behind the cyber attack.",
        "Lithuania said on Monday it was highly likely that Belarus was responsible for the cyber attack.",
        "Lithuania said on Monday it seemed that Belarus was behind the hack.",
    ],
)
def test_a_likely_culprit_is_accused(pipeline: Pipeline, text: str) -> None:
    assert ("112", "LTU", "BLR") in coded(pipeline, text, "2021-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday it was not clear that Belarus was behind the hack.",
        "Lithuania said on Monday it looked as though Belarus was not behind the hack.",
        "Lithuania said on Monday it looked as though the project was behind schedule.",
    ],
)
def test_an_unclear_denied_or_harmless_frame_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0] == "112"]


def test_the_words_are_read_from_the_data_file() -> None:
    words = likely_words()
    assert "look" in words.frame_verbs and "likely" in words.frame_adjectives
    assert "behind" in words.culprit_prepositions
