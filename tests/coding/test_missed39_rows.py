"""Triggers missed entirely (issue 10, thirty-ninth round): the internet and telephone lines cut (1721)
and a decision accepted (051), the `missed39` rows of verbs.curated.tsv; a pogrom or a treasonous act as
the verdict of "called X Y" (words.toml); and the speaker's own side saying it had not known of an act, a
denial (016, coding/own_part.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Gabonese government cut mobile internet on Sunday.", ("1721", "GAB", "GAB")),
        ("Ethiopian authorities cut the telephone lines in the region.", ("1721", "ETH", "ETH")),
        ("Peru said it accepted the decision of the Chilean court.", ("051", "PER", "CHL")),
        ("The Armenian president called the Azerbaijani raids a pogrom.", ("111", "ARM", "AZE")),
        ("The Kenyan president called the Ugandan decree treasonous.", ("111", "KEN", "UGA")),
        ("The Ecuadorean government said it had not known of the Colombian raid.", ("016", "ECU", "COL")),
    ],
)
def test_the_missed_act_is_coded(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert expected in coded(pipeline, text, "2021-03-10")


def test_another_party_not_knowing_is_no_denial(pipeline: Pipeline) -> None:
    # the speaker says nothing of its own part: no denial by either side
    found = coded(pipeline, "The Peruvian minister said Chile had not known of the plan.", "2021-03-10")
    assert not any(c[0] == "016" for c in found)


def test_own_side_knowing_of_an_act_is_no_denial(pipeline: Pipeline) -> None:
    # knowing of it (not negated) disowns nothing
    found = coded(
        pipeline, "The Ecuadorean government said it had known of the Colombian raid.", "2021-03-10"
    )
    assert not any(c[0] == "016" for c in found)
