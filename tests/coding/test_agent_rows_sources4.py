"""Agent and title rows that give a source its role (tools/curated_agents.tsv, tools/curated_titles.tsv,
sources4): a state's drug or federal agents are its police (COP), a foreign policy adviser an official of
its government (GOV). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_drug_agents_are_police(pipeline: Pipeline) -> None:
    text = "LIMA, Apr 5 (Wire) - U.S. drug agents arrested a Peruvian businessman on a yacht on Tuesday."
    arrested = by_trigger(events_of(pipeline, text, "2021-04-06"))["arrested"][0]
    assert arrested.source.code == "USACOP"


def test_federal_agents_are_police(pipeline: Pipeline) -> None:
    text = "Federal agents raided the offices of the Peruvian consulate in Miami on Monday."
    raided = by_trigger(events_of(pipeline, text, "2021-04-06"))["raided"][0]
    assert raided.source.role == "COP"


def test_foreign_policy_adviser_is_government(pipeline: Pipeline) -> None:
    text = "Chile's foreign policy adviser, Ana Ruiz, said any Peruvian move would be taken as an act of war."
    said = by_trigger(events_of(pipeline, text, "2021-04-06"))["said"][0]
    assert said.source.code == "CHLGOV"
