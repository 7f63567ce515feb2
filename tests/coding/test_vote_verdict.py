"""Observers' verdicts on a vote criticise its conduct (coding/vote_verdict.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.vote_verdict import verdict_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Observers from the OSCE said on Monday that Belarus's election had not met international standards.",
        "Observers from the OSCE said on Monday that Belarus's election fell short of its commitments.",
        "Observers from the OSCE said on Monday that Belarus's referendum was tainted by intimidation.",
    ],
)
def test_a_failed_vote_is_criticised(pipeline: Pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text, "2021-03-10") if c[0] == "111" and c[2] == "BLR"]


@pytest.mark.parametrize(
    "text",
    [
        "Observers from the OSCE said on Monday that Belarus's election had met international standards.",
        "Observers from the OSCE said on Monday that Belarus's election could fall short of its commitments.",
        "Observers from the OSCE said on Monday that Belarus's referendum was not tainted by intimidation.",
        "Observers from the OSCE said on Monday that Belarus's team fell short of the final.",
    ],
)
def test_a_passed_hedged_or_other_verdict_criticises_nothing(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0].startswith("11")]


def test_the_words_are_read_from_the_data_file() -> None:
    words = verdict_words()
    assert "election" in words.vote_nouns and "meet" in words.standard_verbs and "mar" in words.flaw_verbs
