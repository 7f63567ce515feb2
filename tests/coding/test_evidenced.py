"""A clause a speaker says there is evidence of is the speaker's claim (coding/evidenced.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.evidenced import evidenced_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday there was clear evidence that Belarus was behind the cyber attack.",
        "Lithuania said on Monday there was no doubt that Belarus was responsible for the cyber attack.",
    ],
)
def test_an_evidenced_blame_accuses(pipeline: Pipeline, text: str) -> None:
    assert ("112", "LTU", "BLR") in coded(pipeline, text, "2021-03-10")


def test_denied_evidence_claims_nothing(pipeline: Pipeline) -> None:
    text = "Lithuania said on Monday there was no evidence that Belarus was behind the cyber attack."
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0].startswith("11")]


def test_the_words_are_read_from_the_data_file() -> None:
    words = evidenced_words()
    assert "evidence" in words.evidence_nouns and "no" in words.negations


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday the evidence showed that Belarus was behind the cyber attack.",
        "Lithuania said on Monday early evidence indicated that Belarus was responsible for the attack.",
    ],
)
def test_a_clause_evidence_shows_is_the_speakers_claim(pipeline: Pipeline, text: str) -> None:
    assert ("112", "LTU", "BLR") in coded(pipeline, text, "2021-03-10")


def test_evidence_that_shows_nothing_claims_nothing(pipeline: Pipeline) -> None:
    text = "Lithuania said on Monday the evidence did not show that Belarus was behind the cyber attack."
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0] == "112"]
    assert "indicate" in evidenced_words().showing_verbs
