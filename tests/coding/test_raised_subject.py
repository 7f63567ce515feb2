"""The raised subject of a reported act (coding/raised_subject.py): "troops were believed to have arrested"
is the troops' arrest, reported. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, May 3 (Wire) - Peruvian troops were believed to have arrested six Bolivian smugglers.",
            [("173", "PER", "BOL")],
        ),
        (
            "LIMA, May 3 (Wire) - Chilean police are said to have detained two Peruvian activists.",
            [("173", "CHL", "PER")],
        ),
        (
            "LIMA, May 3 (Wire) - Ecuadorean soldiers were reported to have seized two Peruvian boats.",
            [("1711", "ECU", "PER")],
        ),
        # a passive infinitive: its raised subject is the patient, the "by" phrase the doer
        (
            "LIMA - Six Peruvian soldiers were believed to have been killed by Ecuadorean troops.",
            [("180", "ECU", "PER")],
        ),
        # a forecast raises nobody
        ("LIMA, May 3 (Wire) - Ecuadorean troops are expected to arrive in Lima on Monday.", []),
    ],
)
def test_raised_subject_is_the_doer(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert coded(pipeline, text, "2011-06-07") == expected
