"""A measure on trade or travel, eased or imposed, is aimed at the party at the other end of that trade or
travel ("lifted the Peruvian ban on selling arms to Chile": Chile), not at the owner its adjective names,
also when the parser hangs the "on" phrase on the verb (coding/eased.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, March 8 (Wire) - President Juan Perez lifted the Peruvian ban on selling arms to Chile "
            "on Monday.",
            [("081", "PER", "CHL")],
        ),
        (
            "LIMA, March 8 (Wire) - Peru lifted the Peruvian ban on flights to and from Chile on Monday.",
            [("081", "PER", "CHL")],
        ),
        (
            "LIMA, March 8 (Wire) - Peru lifted its embargo on imports from Chile on Monday.",
            [("085", "PER", "CHL")],
        ),
    ],
)
def test_a_traded_measure_aims_at_the_other_end(pipeline: Pipeline, text: str, expected: list) -> None:
    assert coded(pipeline, text, PUBLISHED_ON) == expected


def test_a_measure_with_no_trade_stays_at_home(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Peru lifted its curfew on Monday."
    assert coded(pipeline, text, PUBLISHED_ON) == [("0813", "PER", "PER")]


def test_another_partys_measure_criticised_aims_at_its_owner(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Chile criticised the Peruvian ban on arms exports to Bolivia on Monday."
    assert coded(pipeline, text, PUBLISHED_ON) == [("111", "CHL", "PER")]
