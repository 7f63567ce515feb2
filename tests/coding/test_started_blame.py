"""A named party said to have started a fight is accused of it (coding/started_blame.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.started_blame import started_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday that Belarusian guards had started the border clashes.",
        "Lithuania said on Monday that Belarus had provoked the confrontation.",
    ],
)
def test_a_party_said_to_start_a_fight_is_accused(pipeline: Pipeline, text: str) -> None:
    assert ("112", "LTU", "BLR") in coded(pipeline, text, "2021-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday that Belarusian guards had not started the border clashes.",
        "Lithuania said on Monday that its guards had started the border clashes.",
        "Lithuania said on Monday that Belarus had started the talks.",
    ],
)
def test_a_denied_own_or_peaceful_start_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0] == "112"]


def test_the_words_are_read_from_the_data_file() -> None:
    words = started_words()
    assert "start" in words.start_verbs and "clash" in words.conflict_nouns
    assert "launch" not in words.start_verbs
