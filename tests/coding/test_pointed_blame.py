"""Accusations told as a trail of evidence or fire, with no word of blame (coding/pointed_blame.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.pointed_blame import pointed_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday the clues pointed to the Belarusian army.",
        "Lithuania said on Monday the evidence pointed to Belarusian involvement.",
        "Lithuania said on Monday the shells came from Belarusian army positions.",
        "Lithuania said on Monday the rockets had been fired from Belarusian territory.",
        "Lithuania said on Monday its patrol boat had been hit by a drone launched from Belarus.",
    ],
)
def test_a_trail_to_a_named_party_accuses_it(pipeline: Pipeline, text: str) -> None:
    assert ("112", "LTU", "BLR") in coded(pipeline, text, "2021-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said on Monday the clues did not point to the Belarusian army.",
        "Lithuania said on Monday the shells may have come from Belarusian army positions.",
        "Lithuania said on Monday the envoy came from Belarus.",
        "Lithuania said on Monday the missiles were fired from ships in the Baltic Sea.",
        "Lithuania said on Monday the rockets had been fired from western Belarus.",
    ],
)
def test_a_denied_hedged_or_harmless_trail_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0].startswith("11")]


def test_the_words_are_read_from_the_data_file() -> None:
    words = pointed_words()
    assert "point" in words.trail_verbs and "shell" in words.weapon_nouns
    assert "from" in words.origin_prepositions and "eastern" in words.region_words
