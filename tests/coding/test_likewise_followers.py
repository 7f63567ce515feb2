"""Followers told by ellipsis repeat the act before them against the same counterpart: "and so did X",
"as did X and Y", "X did so too", "X and Y followed with their own bans" (coding/likewise.py). A bare "did
so" is the subject's own act told again, and a follow-up of another kind is no repeat. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUITO, March 8 (Wire) - Chile condemned Argentina on Monday, and so did Peru.",
            [("111", "CHL", "ARG"), ("111", "PER", "ARG")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile banned Argentine beef on Monday, as did Peru and Bolivia.",
            [("172", "CHL", "ARG"), ("172", "PER", "ARG"), ("172", "BOL", "ARG")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile expelled two Argentine diplomats on Monday. Peru did so too.",
            [("161", "CHL", "ARG"), ("161", "PER", "ARG")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile imposed sanctions on three Argentine officials on Monday. Peru, "
            "Bolivia and Ecuador followed with their own sanctions hours later.",
            [("163", "CHL", "ARG"), ("163", "PER", "ARG"), ("163", "BOL", "ARG"), ("163", "ECU", "ARG")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile and Peru recognised Kosovo on Monday, as did Bolivia.",
            [("051", "CHL", "XKX"), ("051", "PER", "XKX"), ("051", "BOL", "XKX")],
        ),
    ],
)
def test_an_elided_follower_repeats_the_act(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(pipeline, text, PUBLISHED_ON) == expected


def test_did_so_without_a_new_party_adds_nothing(pipeline: Pipeline) -> None:
    text = "QUITO, March 8 (Wire) - Chile said it would expel two Argentine diplomats, and did so on Monday."
    assert [s for _, s, _ in coded(pipeline, text, PUBLISHED_ON)] == ["CHL"]


def test_a_follow_up_of_another_kind_is_no_repeat(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 8 (Wire) - Chile expelled two Argentine diplomats on Monday. Peru followed with a "
        "statement."
    )
    assert [s for _, s, _ in coded(pipeline, text, PUBLISHED_ON)] == ["CHL"]


def test_an_elided_follower_repeats_only_the_verb_it_hangs_on(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 8 (Wire) - Chile expelled two Argentine diplomats on Sunday. Peru praised the "
        "Argentine president on Monday, as did Bolivia."
    )
    found = coded(pipeline, text, PUBLISHED_ON)
    assert ("161", "BOL", "ARG") not in found and [c for c, s, _ in found if s == "BOL"] == ["051"]
