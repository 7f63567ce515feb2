"""Shapes of commentary, analysis and peace-process reports (issue 10, probe sets pcomm, paid, ppeace): a
report as the subject of its charge stands for whoever wrote it (coding/stand_ins.py, "report" among the
message nouns of words.toml); swearing oneself in is no disapproval, and a person recognised is a claimant's
government recognised, which the states that "followed" repeat (verbs.curated.tsv ne.weakest11.*,
coding/likewise.py); forces or police sent to a peace mission keep the peace; a vehicle striking a mine is
no attack.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # swearing oneself in is no disapproval
        ("Ana Ruiz swore herself in as interim president on Wednesday.", []),
        # a person recognised: the claimant's government recognised, and the followers repeat it
        (
            "Bolivian opposition leader Ana Ruiz swore herself in as interim president on Wednesday, and "
            "within minutes Peru recognised her. Chile, Brazil, Ecuador and most of Europe followed.",
            [("054", "PER", "BOL"), ("054", "CHL", "BOL"), ("054", "BRA", "BOL"), ("054", "ECU", "BOL")],
        ),
        # deeds recognised are still praise
        ("Peru recognised the efforts of the nurses.", [("051", "PER", "PER")]),
        # forces or police sent to a peace mission: peacekeeping (announced: an intent, 0334)
        (
            "Beijing said it would send a contingent of civilian police to the United Nations mission.",
            [("0334", "CHN", None)],
        ),
        ("Kenya sent 800 troops to the African Union mission in March.", [("074", "KEN", None)]),
        # a vehicle striking a mine is no strike by anybody
        ("A Dutch monitor was killed on Sunday when his armoured car struck a mine in eastern Mali.", []),
    ],
)
def test_sworn_recognised_missions_and_mines(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected
