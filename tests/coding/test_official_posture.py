"""Force posture in the shapes official and brief reports tell it (verbs.curated.tsv ``ne.official.*``):
armoured vehicles moved or sent, and patrol boats sent, are a state's show of force (154), as troops
and warships sent are; weapons with no maker named are the struck place's (coding/agentless.py); a
foreign delegation's head summoned is an official complaint (114). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline

Found = list[Coded]


@pytest.mark.parametrize(("text", "found"), [
    ("Chile moved armoured vehicles to its northern border on Monday.", [("154", "CHL", "CHL")]),
    ("Ghana sent armored vehicles to the border town on Monday.", [("154", "GHA", "GHA")]),
    ("Norway sent two patrol boats to the fishing grounds on Monday.", [("154", "NOR", "NOR")]),
    ("Ireland sent a patrol vessel to the disputed fishing grounds on Monday.", [("154", "IRL", "IRL")]),
])  # fmt: skip
def test_force_sent(pipeline: Pipeline, text: str, found: Found) -> None:
    assert coded(pipeline, text, "2021-05-08") == found


@pytest.mark.parametrize(("text", "found"), [
    # a weapon opening the sentence, capitalised, is still a weapon with no maker named (coding/agentless.py)
    ("Rockets struck a school in Sderot on Saturday.", [("180", "ISR", None)]),
    # mortar rounds and grenades fired at a place name no maker either
    ("A mortar round killed two soldiers in Sderot on Sunday.", [("180", "ISR", "ISR")]),
])  # fmt: skip
def test_weapon_subject_without_maker(pipeline: Pipeline, text: str, found: Found) -> None:
    assert coded(pipeline, text, "2021-05-08") == found


def test_a_delegation_s_head_summoned_is_an_official_complaint(pipeline: Pipeline) -> None:
    # (verbs.curated.tsv ne.official.9, as an embassy's or a mission's head)
    text = "Brazil's foreign ministry summoned the head of the African Union delegation on Monday."
    assert [c[:2] for c in coded(pipeline, text, "2021-05-08")] == [("114", "BRA")]
