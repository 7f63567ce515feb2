"""A leader the sentence names with a military title is the military (coding/military_titles.py,
``source:military-title``; corpus/README.md: generals and commanders are MIL). Sentences written for these
tests; the people are real leaders the actor dictionary lists in a government office on those days."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import military_titles
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "day", "source"), [
    ("Niger's leader, General Abdourahamane Tiani, accused France of plotting to destabilise the country.",
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
