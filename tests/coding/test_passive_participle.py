"""A passive participle with a "by" agent set off by a comma on a clause takes the agent as its source and
the clause's subject as its patient (coding/passive_participle.py); one that describes a noun keeps doing
so. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "LIMA, Feb 11 (Wire) - The union leader walked out of prison on Sunday, freed by the government "
            "of President Ortiz after six years in jail.",
            ("PER", "PER"),
        ),
        (
            "The Chilean reporter flew home on Monday, released by Bolivia after a month in custody.",
            ("BOL", "CHL"),
        ),
    ],
)
def test_participle_on_a_clause_takes_its_agent(pipeline: Pipeline, text: str, dyad: tuple[str, str]) -> None:
    found = [(s, t) for code, s, t in coded(pipeline, text, "2021-03-10") if code.startswith("08")]
    assert dyad in found, found


def test_participle_on_a_noun_keeps_its_agent(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Fishermen seized by Peruvian gunmen were freed on Monday.", "2021-03-10")
    assert any(code.startswith("18") and s == "PER" for code, s, _t in found), found
