"""Force posture the coder missed (twenty-ninth round, helper recall3; the ``ne.recall3.*`` rows of
verbs.curated.tsv and naval vessels in the ``MILITARY`` synset): warships or an aircraft carrier ordered
to a place are forces mobilised (154), an order to the army to do something (a verb, not a place) stays
that act; a laser aimed or pointed at another's ship is a show of force (150). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naval forces ordered to a place: a deployment
        (
            "QUITO, March 8 (Wire) - Chile ordered two destroyers to the Peruvian coast on Monday.",
            [("154", "CHL", "PER")],
        ),
        (
            "QUITO, March 8 (Wire) - Chile ordered the aircraft carrier to the Peruvian coast on Monday.",
            [("154", "CHL", "PER")],
        ),
        # an order to do something is that act, no deployment
        (
            "QUITO, March 8 (Wire) - Chile ordered the army to withdraw from the Peruvian border on Monday.",
            [("0874", "CHL", "PER")],
        ),
        # a laser aimed at another's ship
        (
            "QUITO, March 8 (Wire) - A Peruvian patrol boat aimed a laser at a Chilean frigate on Monday.",
            [("150", "PER", "CHL")],
        ),
        (
            "QUITO, March 8 (Wire) - A Peruvian coast guard ship pointed a laser at a Chilean tug on Monday.",
            [("150", "PER", "CHL")],
        ),
    ],
)
def test_recall3_rows(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected
