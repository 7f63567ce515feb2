"""Expressions of coercion and yielding the coder missed entirely (twenty-seventh
round, helper recall; the ``ne.recall.m*`` rows of verbs.curated.tsv): sailors boarding a vessel, a
government dissolving an armed group, a stance changed (and its negated future, the refusal to change
it). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2020-03-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # navy sailors boarding another's boats coerce them
        ("Peruvian sailors boarded six Chilean fishing boats on Monday.", [("170", "PER", "CHL")]),
        # a militia dissolved by decree
        ("The Kenyan government dissolved the militia on Monday.", [("172", "KEN", "KEN")]),
        # a stance changed yields; its negated future refuses
        ("Turkey changed its position on the Swedish membership bid on Monday.", [("080", "TUR", "SWE")]),
        ("Hungary will not change its migration policy, Orban said.", [("120", "HUN", "HUN")]),
        # a government dissolving a party stays the ban (ne.dissolve.1); a changed date is no stance
        ("The Kenyan government dissolved the opposition party on Monday.", [("1722", "KEN", "KEN")]),
        ("Kenya changed the date of the vote on Monday.", []),
    ],
)
def test_recall_rows(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(pipeline, text, PUBLISHED) == expected
