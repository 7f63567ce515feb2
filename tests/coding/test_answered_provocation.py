"""A speaker's side said to answer a named party's provocation accuses that party
(coding/answered_provocation.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.answered_provocation import provocation_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday its guards had responded to repeated provocations by Belarusian units.",
        "Lithuania said on Monday its patrol had answered a Belarusian provocation.",
    ],
)
def test_an_answered_provocation_accuses_its_party(pipeline: Pipeline, text: str) -> None:
    assert ("112", "LTU", "BLR") in coded(pipeline, text, "2021-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday its guards had responded to a provocation.",
        "Lithuania said on Monday its guards had not responded to Belarusian provocations.",
    ],
)
def test_an_unnamed_or_denied_provocation_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0] == "112"]


def test_the_words_are_read_from_the_data_file() -> None:
    words = provocation_words()
    assert "respond" in words.response_verbs and "provocation" in words.blame_nouns
