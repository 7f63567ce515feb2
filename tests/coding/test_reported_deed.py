"""A named other party said to do a deed of blame (harbouring, interfering, harassing, using a thing as a
weapon) is accused by the speaker (coding/reported_deed.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.reported_deed import deed_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kabul said on Monday that Islamabad harbours the militants who raided the post.", ("AFG", "PAK")),
        ("Minsk said on Tuesday that Vilnius was using the migrants as a weapon.", ("BLR", "LTU")),
        ("Ottawa said on Wednesday that its planes had been harassed by Chinese jets.", ("CAN", "CHN")),
        ("Moscow said on Thursday that Washington had interfered in the Georgian vote.", ("RUS", "USA")),
    ],
)
def test_a_deed_of_blame_told_of_another_is_an_accusation(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    assert ("112", *pair) in coded(pipeline, text, "2021-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Kabul said on Saturday that Islamabad had not harboured the militants.",
        "Vilnius said on Friday that its guards had used tear gas to push the migrants back.",
        "Minsk said on Tuesday that Vilnius was using the new border crossing.",
        "Moscow said on Thursday that the sanctions could undermine the Georgian economy.",
        "Chinese police used tear gas to clear the square on Monday, a rights group in Washington said.",
        "Kyiv said on Monday that Russian crews used cranes to lift the wreck.",
    ],
)
def test_a_denied_own_or_plain_deed_accuses_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0] == "112"]


def test_the_words_are_read_from_the_data_file() -> None:
    words = deed_words()
    assert "harbour" in words.deed_verbs and "use" in words.using_verbs
    assert "attack" not in words.deed_verbs
