"""Talks told only as what came before a pair's act ("X and Y signed ... after talks in Z") are the pair's
own meeting, with the venue no party of it (coding/pair_talks.py); a lone subject or three parties leave
the talks as background. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

CASES = [
    (
        "NAIROBI, June 6 (Wire) - Kenya and Uganda signed a border pact on Friday after talks in Arusha.",
        [("057", "KEN", "UGA"), ("046", "KEN", "UGA")],
    ),
    (
        "QUITO, June 6 (Wire) - The presidents of Chile and Peru agreed on a fisheries accord on Friday "
        "after two days of talks in Quito.",
        [("050", "CHL", "PER"), ("046", "CHL", "PER")],
    ),
    (
        # (the parser reads "after talks ... mediated by" as a clause with the talks its subject)
        "BRASILIA, June 8 (Wire) - Colombia and Ecuador agreed to a truce on Sunday after talks in Lima "
        "mediated by Brazil.",
        [("0871", "COL", "ECU"), ("046", "COL", "ECU")],
    ),
    (
        # (a phrase closing the sentence belongs to its main clause, whatever verb the parser hung it on;
        # the pair's first name is no conjunct of the dateline's place)
        "LIMA, Sept 25 (Wire) - Chilean President Ana Ruiz and Peruvian President Luis Mora agreed on Friday "
        "that neither of their governments would shelter or arm the rebels, after talks at the palace.",
        [("050", "CHL", "PER"), ("046", "CHL", "PER")],
    ),
    (
        # (a lone subject does not say whom the talks were with: no talks event)
        "NAIROBI, June 6 (Wire) - Kenya signed the pact on Friday after talks in Arusha.",
        [("057", "KEN", "TZA")],
    ),
    (
        # (talks of three: a pair's counterpart would misname them)
        "QUITO, June 6 (Wire) - Chile, Peru and Bolivia signed a water accord on Friday after talks in "
        "Quito.",
        [("057", "CHL", "PER")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_pairs_talks_before_its_act(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert coded(pipeline, text, "2025-06-08") == expected
