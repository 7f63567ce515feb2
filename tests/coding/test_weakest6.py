"""The weakest probe sets' shapes (thirty-third round): a bare "X and Y followed" or "X said it would follow"
repeats the wave act told before (coding/likewise.py), as "followed suit" does, recognitions included,
while "protests followed" names no party; a ceasefire overseen is peacekeeping (074); asset freezes and
travel bans announced against a party are sanctions (163); a claim to a territory rejected is a rejection
(120); cultural objects returned are property returned (0842); a party said to be convinced that another was
behind an act accuses it (coding/evidenced.py, 112); patrol and coast guard ships sent are a show of force
(154). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUITO, March 8 (Wire) - Chile recalled its ambassador from Argentina on Monday. Peru and "
            "Bolivia followed.",
            [("161", "CHL", "ARG"), ("161", "PER", "ARG"), ("161", "BOL", "ARG")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile recognised Kosovo as an independent state on Monday. Peru, "
            "Bolivia and most of South America followed.",
            [("054", "CHL", "XKX"), ("054", "PER", "XKX"), ("054", "BOL", "XKX")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile said on Monday it would leave the World Health Organization, "
            "and Peru said hours later it would follow.",
            [("1313", "CHL", None), ("1313", "PER", None)],
        ),
    ],
)
def test_a_bare_follower_repeats_the_act(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert coded(pipeline, text, PUBLISHED_ON) == expected


def test_an_event_that_followed_is_no_follower(pipeline: Pipeline) -> None:
    text = (
        "QUITO, March 8 (Wire) - Chile recalled its ambassador from Argentina on Monday. Protests followed "
        "in Buenos Aires."
    )
    assert [c for c, _, _ in coded(pipeline, text, PUBLISHED_ON) if c.startswith("16")] == ["161"]


def test_a_ceasefire_overseen_is_peacekeeping(pipeline: Pipeline) -> None:
    text = (
        "ADEN, March 8 (Wire) - A team of U.N. observers arrived in Yemen on Sunday to oversee a truce in "
        "the port of Mokha."
    )
    assert ("074", None, "YEM") in coded(pipeline, text, PUBLISHED_ON)


def test_asset_freezes_announced_are_sanctions(pipeline: Pipeline) -> None:
    text = (
        "LONDON, March 8 (Wire) - Britain announced asset freezes and travel bans against three senior "
        "Russian officials on Monday."
    )
    assert ("163", "GBR", "RUS") in coded(pipeline, text, PUBLISHED_ON)


def test_a_claim_to_a_territory_rejected_is_a_rejection(pipeline: Pipeline) -> None:
    found = coded(
        pipeline,
        "THE HAGUE, March 8 (Wire) - Peru rejected Chile's claim to the islands on Monday.",
        PUBLISHED_ON,
    )
    assert ("120", "PER", "CHL") in found


def test_cultural_objects_returned_are_property_returned(pipeline: Pipeline) -> None:
    found = coded(
        pipeline,
        "BERLIN, March 8 (Wire) - Germany returned 20 carved statues to Nigeria on Monday.",
        PUBLISHED_ON,
    )
    assert ("0842", "DEU", "NGA") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSLO, March 8 (Wire) - Norway said it was convinced that Russia was behind the hack.", True),
        ("OSLO, March 8 (Wire) - Norway said it was not convinced that Russia was behind the hack.", False),
    ],
)
def test_a_party_convinced_of_blame_accuses(pipeline: Pipeline, text: str, expected: bool) -> None:
    assert (("112", "NOR", "RUS") in coded(pipeline, text, PUBLISHED_ON)) == expected


def test_a_belief_of_another_kind_is_no_blame(pipeline: Pipeline) -> None:
    text = "OSLO, March 8 (Wire) - Norway said it was confident that the talks would succeed."
    assert not [c for c, _, _ in coded(pipeline, text, PUBLISHED_ON) if c.startswith("11")]


def test_patrol_ships_sent_are_a_show_of_force(pipeline: Pipeline) -> None:
    found = coded(
        pipeline,
        "MANILA, March 8 (Wire) - China sent three coast guard vessels to the disputed shoal on Monday.",
        PUBLISHED_ON,
    )
    assert ("154", "CHN", "PHL") in found
