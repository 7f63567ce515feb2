"""A denying verb in the present read as a plural noun (coding/reply_noun.py): "..., a charge La Paz
rejects" is La Paz's denial. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, May 3 (Wire) - Chile accuses Bolivia of arming the smugglers, a charge La Paz rejects.",
            [("112", "CHL", "BOL"), ("016", "BOL", "CHL")],
        ),
        (
            # the denier's phrase holds a place; the parser hung the verb inside it
            "LIMA, May 3 (Wire) - Rights groups say hundreds of Peruvian villagers were killed by Ecuadorean "
            "troops, a charge the government in Quito rejects.",
            [("202", "ECU", "PER"), ("016", "ECU", "PER")],
        ),
        # a plural noun that is no verb stays a noun
        ("LIMA, May 3 (Wire) - The factory sold its rejects to Chile.", []),
    ],
)
def test_present_denial_read_as_noun(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert coded(pipeline, text, "2011-06-07") == expected
