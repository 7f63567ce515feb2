"""Agentless passive extraditions: the "from" country is the extraditing state, a dateline that is not the
receiver's is where the handover is told from, and the person's own country stands in when every other
is the receiver's (issue 10; coding/extradited.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "KIGALI, May 5 (Wire) - A former Rwandan mayor was extradited from Sweden to Rwanda on Tuesday "
            "to stand trial for genocide.",
            ("SWE", "RWA"),
        ),
        (
            "LISBON, May 5 (Wire) - The Brazilian banker was extradited to Brazil on Tuesday.",
            ("PRT", "BRA"),
        ),
        (
            "WASHINGTON, May 5 (Wire) - A Guatemalan trafficker was extradited to the United States on "
            "Tuesday.",
            ("GTM", "USA"),
        ),
    ],
)
def test_the_extraditing_state_of_an_agentless_extradition(
    pipeline: Pipeline, text: str, dyad: tuple[str, str]
) -> None:
    found = [(s, t) for c, s, t in coded(pipeline, text, "2021-05-05") if c == "063"]
    assert found == [dyad]
