"""A country word joined by a hyphen to a participle of origin or schooling ("French-educated",
"Iranian-born", actors/mentions.py ``_ORIGIN``) names where a person was born or studied, not whose party
they are: the person is the country of the phrase's other words, or of the story. Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "educated abroad, of the own country",
        "BAMAKO, May 4 (Wire) - Mali's French-educated prime minister condemned Algeria on Monday.",
        (("11", "MLI", "DZA"),),
    ),
    DyadCase(
        "born in one country, a citizen of another",
        "CAIRO, May 4 (Wire) - An Iranian-born British lawyer accused Egypt of torture on Monday.",
        (("11", "GBR", "EGY"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_origin_adjectives(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
