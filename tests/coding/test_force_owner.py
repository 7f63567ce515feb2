"""A state named alone as the owner of a noun of force its forces carry out, or as a side of fighting
"between" two states, is its military (coding/force_makers.py, ``source:state-force-owner``), and so is a
state accused of launching an attack (the light verb's subject is the accused object; corpus/README.md,
roles of the security apparatus; sources13). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import force_makers
from newsevents.pipeline import Pipeline


def _by(pipeline: Pipeline, text: str, trigger: str) -> list[str]:
    return [e.source.code for e in events_of(pipeline, text, "2019-06-14") if e.evidence.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("LIMA, June 13 (Wire) - Peru began its largest naval drills off the coast of Chile on Thursday.",
     "drills", "PERMIL"),
    ("QUITO, June 13 (Wire) - A week of fighting between Ecuador and Peru ended on Thursday.",
     "fighting", "ECUMIL"),
])  # fmt: skip
def test_state_owning_an_act_of_force_is_military(
    pipeline: Pipeline, text: str, trigger: str, source: str
) -> None:
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.evidence.trigger == trigger]
    assert [e.source.code for e in events][:1] == [source]
    assert force_makers.STATE_FORCE_OWNER in events[0].evidence.steps


def test_state_owning_a_test_stays_government(pipeline: Pipeline) -> None:
    # (a test of a device is the government's act, not one its forces perform: no show of force noun)
    text = "ISLAMABAD, June 13 (Wire) - Pakistan carried out its third nuclear test on Thursday."
    assert set(_by(pipeline, text, "test")) <= {"PAKGOV"}


def test_state_accused_of_launching_an_attack_is_military(pipeline: Pipeline) -> None:
    text = "LIMA, June 13 (Wire) - Peru accused Ecuador on Thursday of launching an attack on its posts."
    assert _by(pipeline, text, "attack") == ["ECUMIL"]
