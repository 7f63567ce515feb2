"""Shapes of commentary, analysis and peace-process reports (issue 10, probe sets pcomm, paid, ppeace): a
report as the subject of its charge stands for whoever wrote it (coding/stand_ins.py, "report" among the
message nouns of words.toml); swearing in is no disapproval, and a person recognised is a claimant's
government recognised, which the states that "followed" repeat (verbs.curated.tsv ne.weakest11.*,
coding/likewise.py); a troop contingent is an armed unit (MILITARY synset, actors' agents).
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2016-03-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's charge is its writers': the owner after "by", or a name before the noun
        (
            "A report by the Chilean government criticised Peru.",
            [("111", "CHL", "PER")],
        ),
        (
            "A report by UN experts accused Burundi and Tanzania of arming the rebels.",
            [("112", None, "BDI"), ("112", None, "TZA")],
        ),
    ],
)
def test_report_stands_for_its_writer(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected
