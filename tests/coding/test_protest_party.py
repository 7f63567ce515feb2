"""The party of a wave of protest nobody is named making (coding/state_role.py, ``source:protest-party``,
sources13): the opposition (OPP) when its sentence names the opposition, the workers (LAB) when it names a
union or workers; else no role. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import state_role
from newsevents.pipeline import Pipeline


def _protests(pipeline: Pipeline, text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    events = events_of(pipeline, text, "2021-04-16")
    return [(e.source.code, e.evidence.steps) for e in events if e.evidence.trigger == "protests"]


@pytest.mark.parametrize(("text", "code"), [
    ("KAMPALA, April 15 (Wire) - Police fired tear gas on Thursday to break up protests against fuel prices,"
     " and opposition leader Joseph Kato was hurt.", "UGAOPP"),
    ("LUSAKA, April 15 (Wire) - Police fired tear gas on Thursday to break up protests against the pay freeze"
     " called by the mine workers' union.", "ZMBLAB"),
])  # fmt: skip
def test_protest_takes_the_party_its_sentence_names(pipeline: Pipeline, text: str, code: str) -> None:
    found = _protests(pipeline, text)
    assert [c for c, _ in found] == [code]
    assert state_role.PROTEST_PARTY in found[0][1]


def test_protest_naming_no_party_keeps_no_role(pipeline: Pipeline) -> None:
    text = "KAMPALA, April 15 (Wire) - Police fired tear gas on Thursday to break up protests against prices."
    assert [c for c, _ in _protests(pipeline, text)] == ["UGA"]


def test_opposition_bloc_is_opposition(pipeline: Pipeline) -> None:
    # (tools/curated_agents.tsv: "opposition bloc", as "opposition alliance")
    text = "AMMAN, April 15 (Wire) - Jordan's main opposition bloc decided on Thursday to boycott the talks."
    events = events_of(pipeline, text, "2021-04-16")
    assert events and events[0].source.code == "JOROPP"
