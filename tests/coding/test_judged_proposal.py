"""Judgements that were wrong more often than right (roots9, issue 10): a judgement that denies another
party's proposal or finding standing ("said the plan was dead", "called the offer unacceptable") rejects
it (120, coding/judged_proposal.py); a harsh judgement of a deed stays a criticism (111). Bare "steal"
and "occupy" code nothing (verbs.curated.tsv). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2014-03-04")


@pytest.mark.parametrize(
    "text",
    [
        "Norway's foreign minister said the Russian proposal was unacceptable.",
        "Norway's foreign minister said the zone declared by Russia was invalid.",
        "The Danish prime minister called the Swedish offer unacceptable.",
    ],
)
def test_a_proposal_judged_harshly_is_rejected(pipeline: Pipeline, text: str) -> None:
    assert [e[0] for e in _events(pipeline, text)] == ["120"]


@pytest.mark.parametrize(
    "text",
    [
        "The Danish prime minister called the Swedish seizure of the ferry unacceptable.",
        # a plan blamed, not denied standing: the deed it plans is criticised
        "Norway's embassy called the Swedish plan a reckless gamble.",
    ],
)
def test_a_deed_judged_harshly_stays_a_criticism(pipeline: Pipeline, text: str) -> None:
    assert [e[0] for e in _events(pipeline, text)] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "The Danish police said the paintings had been stolen from a museum in Oslo.",
        "Norway said Swedish soldiers occupied the island.",
    ],
)
def test_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []
