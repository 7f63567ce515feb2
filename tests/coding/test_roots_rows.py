"""Rows of the twenty-first round on roots confused with their neighbours (``ne.roots.44``-``65`` in
coding/data/verbs.curated.tsv): accepting another's plan or offer is agreement (05), blocking a plan or law
is rejection (12), withdrawing consent or recognition reduces relations (16), a strike delivered is force
(19), ordering detained people freed is a release (084). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru accepted Chile's offer of rescue teams on Sunday.", ("050", "PER", "CHL")),
        ("The Kremlin accepted the French plan on Tuesday.", ("050", "RUS", "FRA")),
        ("Ghana accepted the Nigerian proposal on Friday.", ("050", "GHA", "NGA")),
    ],
)
def test_accepting_another_partys_plan_or_offer_is_agreement(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(pipeline, text, "2022-03-10") == [expected]


def test_an_acceptance_announced_for_later_is_an_intention(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Serbia said it would accept the plan.", "2022-03-10")
    assert [c[0][:2] for c in found] == ["03"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Chile's Supreme Court blocked a government plan for shutting the camp.",
        "The Bolivian senate blocked the new mining law on Tuesday.",
        "Brazil's top court blocked the president's decision on Thursday.",
    ],
)
def test_blocking_a_plan_law_or_decision_is_a_rejection(pipeline: Pipeline, text: str) -> None:
    roots = [c[0][:2] for c in coded(pipeline, text, "2022-03-10")]
    assert "12" in roots and "17" not in roots


def test_withdrawing_consent_for_a_consulate_reduces_relations(pipeline: Pipeline) -> None:
    text = "Moscow said it was withdrawing consent for Canada's consulate in Yekaterinburg to operate."
    assert coded(pipeline, text, "2022-03-10") == [("161", "RUS", "CAN")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces delivered a massive strike on Ukrainian airfields on Monday.",
        "Russian forces delivered a strike with cruise missiles on Ukrainian ports on Monday.",
    ],
)
def test_a_strike_delivered_is_force_not_arms(pipeline: Pipeline, text: str) -> None:
    assert [(c[0][:2], c[1], c[2]) for c in coded(pipeline, text, "2022-03-10")] == [("19", "RUS", "UKR")]


def test_ordering_the_release_of_detained_people_is_a_release(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Assad ordered the release of the detained students on Thursday.", "2022-03-10")
    assert [c[0] for c in found] == ["0841"]
