"""A leader the sentence names with a military title is the military (coding/military_titles.py,
``source:military-title``; corpus/README.md: generals and commanders are MIL). Sentences written for these
tests; the people are real leaders the actor dictionary lists in a government office on those days."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import military_titles
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "day", "source"), [
    ("The junta's leader, General Abdourahamane Tiani, accused France of plotting against the country.",
     "2024-03-01", "NERMIL"),
    ("The commander-in-chief, Min Aung Hlaing, on Monday accused Thailand of sheltering rebel leaders.",
     "2023-06-01", "MMRMIL"),
])  # fmt: skip
def test_leader_with_military_title_is_military(pipeline: Pipeline, text: str, day: str, source: str) -> None:
    events = [e for e in events_of(pipeline, text, day) if e.root == "11"]
    assert [e.source.code for e in events] == [source]
    assert military_titles.MILITARY_TITLE in events[0].evidence.steps


def test_leader_with_civil_title_keeps_his_office(pipeline: Pipeline) -> None:
    # (the title closest to the name is a civil one: the dictionary's office stands)
    text = "Niger's president, Abdourahamane Tiani, accused France of plotting to destabilise the country."
    events = [e for e in events_of(pipeline, text, "2024-03-01") if e.root == "11"]
    assert [e.source.code for e in events] == ["NERGOV"]


@pytest.mark.parametrize(("text", "day", "source"), [
    ("Pakistan's leader, General Pervez Musharraf, accused India of massing troops on the border.",
     "2001-06-01", "PAKGOVMIL"),
    ("Nigeria's military ruler, General Sani Abacha, accused Britain of meddling in the country's affairs.",
     "1995-06-01", "NGAGOV"),
    ("General Pervez Musharraf, the country's leader, accused India of massing troops on the border.",
     "2001-06-01", "PAKGOVMIL"),
])  # fmt: skip
def test_state_ruler_with_military_rank_keeps_his_office(
    pipeline: Pipeline, text: str, day: str, source: str
) -> None:
    # (the text calls him a state's ruler, corpus/README.md's GOV; "the junta's leader" stays MIL above)
    events = [e for e in events_of(pipeline, text, day) if e.root == "11"]
    assert [e.source.code for e in events] == [source]


@pytest.mark.parametrize(("text", "day", "source"), [
    ("Junta leader Min Aung Hlaing on Monday accused Thailand of sheltering rebel leaders.",
     "2023-06-01", "MMRGOV"),
    ("The junta leader, General Abdourahamane Tiani, accused France of plotting against the country.",
     "2024-03-01", "NERMIL"),
])  # fmt: skip
def test_junta_leader_by_that_title_is_the_government(
    pipeline: Pipeline, text: str, day: str, source: str
) -> None:
    # (corpus/README.md on juntas: a junta ruling a state is GOV, and so is its leader named by that title;
    # one named by his rank is MIL like any general)
    events = [e for e in events_of(pipeline, text, day) if e.root == "11"]
    assert [e.source.code for e in events] == [source]
