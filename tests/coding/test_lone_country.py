"""The lone-country target (coding/lone_country.py, issue 10, source/target errors): an act that needs a
counterpart and names none, in an article that names no other country than its source's, is aimed at
its source's own country; an international body keeps no target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "an opposition criticism in a one-country story",
        "DHAKA, May 4 (Wire) - Bangladesh's parliament passed a new election law on Monday. "
        "Opposition leader Rahim Uddin denounced the law as a fraud.",
        (("11", "BGD", "BGD"),),
        step="target:lone-country",
    ),
    DyadCase(
        "an appeal by protest leaders in a one-country story",
        "LA PAZ, May 4 (Wire) - Bolivia's president dissolved the cabinet on Monday. "
        "Bolivian union leaders urged workers to stay off the job.",
        (("02", "BOL", "BOL"),),
        step="target:lone-country",
    ),
    DyadCase(
        "a foreign country named keeps the article's counterpart",
        "Tokyo began releasing the treated water into the sea on Thursday. "
        "The Chinese foreign ministry called the decision selfish and condemned it.",
        (("11", "CHN", "JPN"),),
        step="target:article-counterpart",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_lone_country(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
