"""Roots 09 and 15 (issue 10, inquiry41, verbs.curated.tsv ne.inquiry41.*): an ordered deployment of
forces (not military aid, 072) and forces moved told as a noun ("the flow of troops to the Gulf") are
forces moved (154); a fact-finding mission or a truth commission that concludes, finds or confirms a
fact reports an investigation's finding (090), as investigators do. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2014-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the flow of Chilean troops and warplanes to the border would go on.",
        "The dispatch of Chilean soldiers to the border began on Friday.",
        "Lima said the redeployment of Chilean forces to the border was complete.",
    ],
)
def test_forces_moved_told_as_a_noun_are_a_deployment(pipeline: Pipeline, text: str) -> None:
    assert [(c, s) for c, s, _t in _events(pipeline, text) if c == "154"] == [("154", "CHL")]


def test_ordered_deployment_of_warships_is_no_military_aid(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Britain ordered the deployment of two warships to the Gulf on Monday.")
    assert [(c, s) for c, s, _t in found] == [("154", "GBR")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "A UN fact-finding mission concluded on Monday that Myanmar's army had burned the villages.",
            "*",
            "MMR",
        ),
        ("A Peruvian truth commission found on Tuesday that soldiers had killed 69 villagers.", "PER", "PER"),
    ],
)
def test_fact_finding_mission_or_truth_commission_finding_is_an_investigation(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    found = [(c, s, t) for c, s, t in _events(pipeline, text) if c == "090"]
    assert len(found) == 1
    code, src, tgt = found[0]
    assert tgt == target
    assert source == "*" or src == source
