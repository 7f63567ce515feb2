"""Shapes of the weakest probe sets (issue 10: officials' statements, rejections, long reports): a
message vetoed or rejected is the subject's refusal, not a carrier of what the message asks
(coding/refused_message.py, ``message_refusals`` in words.toml); the "of" phrase of a noun of handing over
is what is handed, never the doer (``patient_of_nouns``, coding/doers.py); being ready for a prisoner
exchange offers it, and ordering retaliation against provocation threatens force (verbs.curated.tsv
ne.weakest16.*).
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2020-03-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the veto is the vetoers' act; what the resolution asked for is its drafters' wish, no act of theirs
        (
            "Brazil and India vetoed a French-drafted resolution on Tuesday calling for new elections in "
            "Bolivia.",
            [("129", "BRA", "FRA"), ("129", "IND", "FRA")],
        ),
    ],
)
def test_vetoed_message_is_a_veto(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


def test_refused_report_content_is_no_act(pipeline: Pipeline) -> None:
    # the charge of a report a party dismisses is no act of the troops it names
    text = "Uganda on Monday dismissed a report by UN experts that its soldiers had fought alongside rebels."
    assert [e[0] for e in _events(pipeline, text)] == ["120"]


def test_issued_message_still_carries_its_content(pipeline: Pipeline) -> None:
    # a message issued, not refused, still gives way to what it demands
    events = _events(pipeline, "Peru issued a statement on Tuesday demanding that Chile withdraw its troops.")
    assert [e[0][:2] for e in events] == ["10"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ready for an exchange of prisoners: the speaker offers it; the prisoners are what is exchanged
        ("Peru said it was ready for a full exchange of prisoners with Chile.", [("0353", "PER", "CHL")]),
        # ordering retaliation against further provocation threatens force
        (
            "President Boric ordered stern retaliation against any further provocation by Bolivia, his "
            "spokesman said.",
            [("138", "CHL", "BOL")],
        ),
    ],
)
def test_offers_and_threats(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the retaliation ordered after a raid is the act itself, no threat of one
        "President Boric ordered the retaliation within hours of the raid on Arica.",
        "President Boric ordered retaliation strikes on Bolivian bases.",
    ],
)
def test_retaliation_ordered_is_no_threat(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e[0].startswith("13")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid one does not want is refused (12), no denial of having done anything (016)
        (
            "Bolivia has told Chile that it does not want any more Chilean food aid, the foreign ministry "
            "said on Tuesday.",
            [("120", "BOL", "CHL")],
        ),
        # nothing more to talk about refuses talks: no denial of a part in anything (016)
        (
            "Bolivia said on Friday it had nothing more to talk about with Chile, ridiculing President "
            "Boric's plan for a customs union.",
            [("111", "BOL", "CHL")],
        ),
        # a stance told of the past is no refusal
        ("The rebel leader said the affair proved the government had never wanted peace.", []),
        # "nothing to do with" still denies a part
        ("Bolivia said it had nothing to do with the attack on the pipeline.", [("016", "BOL", None)]),
    ],
)
def test_refusals_are_no_denials(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _events(pipeline, text) == expected
