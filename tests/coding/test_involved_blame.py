"""A named party a speaker says was involved in an attack is accused of it (coding/involved_blame.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.involved_blame import involved_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday that Belarusian agents were involved in the bombing of the depot.",
        "Lithuania said on Monday that elements in Belarus were involved in the attack on the depot.",
        "Lithuania said on Monday the evidence indicated that elements in Belarus were involved.",
    ],
)
def test_a_party_said_involved_in_an_attack_is_accused(pipeline: Pipeline, text: str) -> None:
    assert ("112", "LTU", "BLR") in coded(pipeline, text, "2021-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday that Belarus was not involved in the bombing of the depot.",
        "Lithuania said on Monday that Belarus may have been involved in the bombing of the depot.",
        "Lithuania said on Monday that Belarus was involved in the talks on the border.",
    ],
)
def test_denied_hedged_or_harmless_involvement_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0] in ("112", "012")]


def test_the_words_are_read_from_the_data_file() -> None:
    words = involved_words()
    assert "bombing" in words.deed_nouns and "war" not in words.deed_nouns


def test_the_own_side_said_not_involved_is_a_denial(pipeline: Pipeline) -> None:
    text = "VILNIUS (Wire) - Lithuania said its agents were not involved in the bombing of the depot."
    assert [c for c in coded(pipeline, text, "2021-03-10") if c[:2] == ("016", "LTU")]
