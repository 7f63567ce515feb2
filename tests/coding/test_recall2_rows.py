"""Expressions of refusal, aid, show of force, assault and release the coder missed entirely (twenty-eighth
round, helper recall2; the ``ne.recall2.*`` rows of verbs.curated.tsv and four small mechanisms): an order
or report not taken into account, vaccine flown to a country, recognition a party does not plan to give, a
dated relative clause that tells a show of force, a beating with a game's gear as the weapon, a prisoner
freed after a sentence passed in a country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2020-03-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's ruling or report heeded; its negated future is the refusal
        ("Peru said it would not take the tribunal's ruling into account.", [("120", "PER", "PER")]),
        (
            "Chile cannot take into account the order of the court, the minister said.",
            [("120", "CHL", "CHL")],
        ),
        # recognition a party does not plan or intend to give is withheld (12); another act stays no event
        ("Bolivia does not plan to recognise the outcome of the vote in Peru.", [("120", "BOL", "PER")]),
        ("Bolivia does not intend to recognise the new government in Peru.", [("120", "BOL", "PER")]),
        ("Bolivia does not plan to visit Peru.", []),
        # vaccine flown to a country is aid, a maker named in the object no person flown
        ("Chile flew two million doses of the Pfizer vaccine to Peru on Friday.", [("073", "CHL", "PER")]),
    ],
)
def test_recall2_rows(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated active relative clause tells its own show of force; undated, a clause on an agent noun
        # (drones, troops, a government) tells that agent's act too (coding/agent_relative.py)
        (
            "Chilean jets shot down four Peruvian drones that crossed the border on Monday.",
            [("190", "CHL", "PER"), ("150", "PER", "CHL")],
        ),
        (
            "Chilean jets shot down four Peruvian drones that crossed the border.",
            [("190", "CHL", "PER"), ("150", "PER", "CHL")],
        ),
        # a game's gear as the weapon tells an assault; a side beating another in a final stays no event
        ("Chilean police beat a student with a hockey stick in Santiago.", [("182", "CHL", "CHL")]),
        ("Chile beat Peru in the football final on Sunday.", []),
        # a sentence passed in a country places the custody there: its release is that country's
        (
            "A Chilean engineer, who had been sentenced in Peru, was released on Thursday.",
            [("084", "PER", "CHL")],
        ),
    ],
)
def test_recall2_mechanisms(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected
