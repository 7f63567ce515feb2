"""The home-story target (coding/home_story.py, issue 10 cause 1): an act that needs a counterpart and
names none, in a story set in its source's own country whose only foreign party is named once in
passing, is aimed at its own country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a criticism at home, a foreigner named once elsewhere",
        "QUITO, May 4 (Wire) - Ecuador's president declared a state of emergency on Monday after a wave "
        "of prison riots. Ecuadorean opposition lawmakers denounced the decree. A Colombian journalist "
        "was among those hurt in the riots.",
        (("11", "ECU", "ECU"),),
        step="target:home-story",
    ),
    DyadCase(
        "a rejection at home, observers from abroad named once",
        "HARARE, May 4 (Wire) - Zimbabwe's electoral commission declared the president the winner on "
        "Monday. Zimbabwe's main opposition party rejected the result as a fraud. Observers from South "
        "Africa had watched the vote.",
        (("12", "ZWE", "ZWE"),),
        step="target:home-story",
    ),
    DyadCase(
        "a foreign party named twice stays the counterpart",
        "HARARE, May 4 (Wire) - Zimbabwe's electoral commission declared the president the winner on "
        "Monday. Zimbabwe's ruling party rejected the result as a fraud. South Africa had sent "
        "observers, and South Africa's president praised the vote.",
        (("12", "ZWE", "ZAF"),),
        step="target:article-counterpart",
    ),
    DyadCase(
        "a meeting joins two states: the passing foreign mention stays its counterpart",
        "QUITO, May 4 (Wire) - Ecuador's president declared a state of emergency on Monday after a wave "
        "of prison riots. Ecuador's foreign minister met his counterpart on Tuesday. A Colombian "
        "journalist was among those hurt in the riots.",
        (("04", "ECU", "COL"),),
        step="target:article-counterpart",
    ),
    DyadCase(
        "a foreign party told acting before the act is what it answers",
        "Canberra froze military aid to Fiji on Monday. Fiji's foreign ministry said the decision was "
        "an insult to the people of Fiji.",
        (("11", "FJI", "AUS"),),
        step="target:article-counterpart",
    ),
    DyadCase(
        "a story set abroad keeps the article's counterpart",
        "Tokyo began releasing the treated water into the sea on Thursday. "
        "The Chinese foreign ministry called the decision selfish and condemned it.",
        (("11", "CHN", "JPN"),),
        step="target:article-counterpart",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_home_story(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
