"""Rejection told in its own words (probe preject, round 35): a party deciding or voting not to do a
cooperative act refuses it (12, coding/negated_refusal.py), an act under "too" and an adjective is
ruled out ("too ill to be extradited": coding/too_far.py), an order or ruling not heeded is defied, a
party's interest dismissed is rejected (no office holder removed), and a body putting off its own
decision does nothing to anybody. Rows ``ne.preject.*`` of coding/data/verbs.curated.tsv. Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2016-03-08"


def _roots(pipeline: Pipeline, text: str) -> list[str]:
    return [c[:2] for c, _, _ in coded(pipeline, text, PUBLISHED_ON)]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, March 8 (Wire) - The rebel delegation decided on Monday not to attend the conference in "
        "Quito.",
        "LIMA, March 8 (Wire) - Bolivia's senate voted on Monday not to ratify the border treaty with Chile.",
        "LIMA, March 8 (Wire) - Ecuador said on Monday it would not heed the ruling of the regional court.",
        "LIMA, March 8 (Wire) - Chile's president on Monday dismissed Bolivia's interest in a corridor to "
        "the sea as unrealistic.",
    ],
)
def test_a_refusal_in_its_own_words_is_a_rejection(pipeline: Pipeline, text: str) -> None:
    assert "12" in _roots(pipeline, text)


def test_not_deciding_is_no_refusal(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Peru did not decide on Monday to send observers to Quito."
    assert "12" not in _roots(pipeline, text)


def test_an_act_under_too_is_ruled_out(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 8 (Wire) - A judge ruled on Monday that the general was too frail to be extradited to "
        "Spain."
    )
    assert "06" not in _roots(pipeline, text)


def test_an_office_holder_dismissed_stays_a_sanction(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - The president dismissed the interior minister on Monday."
    assert [c for c, _, _ in coded(pipeline, text, PUBLISHED_ON)] == ["172"]


def test_a_decision_put_off_is_no_event(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - The council put off on Monday a decision on the new fishing quotas."
    assert _roots(pipeline, text) == []
