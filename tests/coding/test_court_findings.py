"""A court's finding that a party broke the law is the court's finding of liability (116), aimed at that
party, and the breach it finds is no act the news asserts (issue 10; coding/court_findings.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, events_of

from newsevents.pipeline import Pipeline

STEP = "trigger:court-finding"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "THE HAGUE, May 4 (Wire) - The UN's International Court of Justice ruled on Tuesday that "
            "Chile had violated a fishing treaty with Peru by closing its ports.",
            "CHL",
        ),
        (
            "STRASBOURG, May 4 (Wire) - On Tuesday the European Court of Human Rights found that Turkey "
            "had held the journalists for months and was responsible for their ill-treatment.",
            "TUR",
        ),
        (
            "GENEVA, May 4 (Wire) - A World Trade Organization panel concluded on Tuesday that Indonesia "
            "had acted unlawfully when it banned nickel exports.",
            "IDN",
        ),
        (
            "Judges found on Tuesday that Serbia was in breach of the convention on genocide.",
            "SRB",
        ),
    ],
)
def test_a_court_finding_a_breach_finds_the_party_liable(pipeline: Pipeline, text: str, target: str) -> None:
    events = events_of(pipeline, text, "2021-05-05")
    found = [e for e in events if STEP in e.evidence.steps]
    assert [(e.cameo, e.target.country if e.target else None) for e in found] == [("116", target)]


def test_the_breach_found_is_the_courts_reason_not_an_act(pipeline: Pipeline) -> None:
    text = (
        "THE HAGUE, May 4 (Wire) - The UN's International Court of Justice ruled on Tuesday that "
        "Chile had violated a fishing treaty with Peru by closing its ports."
    )
    assert [(c, s) for c, s, _t in coded(pipeline, text, "2021-05-05")] == [("116", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a finding for a party, not against it
        "THE HAGUE, May 4 (Wire) - The UN's International Court of Justice ruled on Tuesday that "
        "Chile had not violated the fishing treaty with Peru.",
        # a finding that breaks no law
        "THE HAGUE, May 4 (Wire) - The UN's International Court of Justice ruled on Tuesday that "
        "Chile owned the two islets.",
        # a finding by no court
        "SANTIAGO, May 4 (Wire) - The Chilean foreign minister found on Tuesday that Peru had violated "
        "the fishing treaty.",
    ],
)
def test_no_finding_of_liability(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, "2021-05-05")
    assert not [e for e in events if STEP in e.evidence.steps]
