"""A sanctions, embargo or ban noun that is what a party broke or evaded, or the frame of another act
("under the embargo", "despite the ban"), is a measure in force, no imposition (coding/standing_measure.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, March 8 (Wire) - Chile said the freighter had broken U.N. sanctions on Peru.", []),
        (
            "LIMA, March 8 (Wire) - Chile seized the ship on Monday under the U.N. embargo on Peru.",
            [("1711", "CHL", "PER")],
        ),
    ],
)
def test_a_measure_in_force_is_no_imposition(pipeline: Pipeline, text: str, expected: list) -> None:
    assert coded(pipeline, text, PUBLISHED_ON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, March 8 (Wire) - The U.N. imposed sanctions on Peru on Monday.", [("163", None, "PER")]),
        ("LIMA, March 8 (Wire) - Chile announced new sanctions on Peru on Monday.", [("163", "CHL", "PER")]),
    ],
)
def test_a_measure_imposed_stays(pipeline: Pipeline, text: str, expected: list) -> None:
    assert coded(pipeline, text, PUBLISHED_ON) == expected
