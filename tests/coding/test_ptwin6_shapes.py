"""Shapes found by the sixth twin probe set ptwin6 (reports in the tuning half's shape, issue 10): a protest
camp, a sit-in or the protesters cleared or dismantled by force is repression, 175, as the corpus codes it
(verbs.curated.tsv ne.ptwin6.1-2). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

# A Wednesday.
DAY = "2011-05-04"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian riot police cleared the protest camp outside parliament on Tuesday.",
        "Ruritanian troops dismantled an encampment of striking miners on Tuesday.",
        "Ruritanian police cleared the demonstrators from the main square on Tuesday.",
    ],
)
def test_a_protest_cleared_or_dismantled_is_repression(pipeline: Pipeline, text: str) -> None:
    codes = [e.cameo for e in events_of(pipeline, text.replace("Ruritanian", "Bolivian"), DAY)]
    assert "175" in codes, codes


def test_a_cleared_road_is_no_repression(pipeline: Pipeline) -> None:
    """Only a gathering of protest is repressed: clearing a road or mines is no such act."""
    text = "Bolivian engineers cleared the road of landslide debris on Tuesday."
    assert all(e.cameo != "175" for e in events_of(pipeline, text, DAY))
