"""Coordinated members of an object's phrase each naming a country of their own are targets of their own
(coding/parallel_targets.py). Sentences written for these tests: acts done to each party are one event per
party (corpus/README.md), while a border, a pair's "between" and another verb's clause name no second
target."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "strikes on places of two countries with a preposition each",
        "Greek warships fired rockets at depots in Libya and at a radar site in Tunisia on Thursday.",
        (("19", "GRC", "LBY"), ("19", "GRC", "TUN")),
    ),
    DyadCase(
        "strikes on places of two countries sharing one preposition",
        "Greek warships fired rockets at depots in Libya and a radar site in Tunisia on Thursday.",
        (("19", "GRC", "LBY"), ("19", "GRC", "TUN")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_coordinated_place_is_a_target(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
    events = [e for e in events_of(pipeline, case.text, "2021-03-10") if e.root == "19"]
    assert any("target:parallel-targets" in e.evidence.steps for e in events)


def test_a_border_with_two_states_is_one_target(pipeline: Pipeline) -> None:
    text = "Chile sent tanks and extra troops to its northern border with Peru and Bolivia on Monday."
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "15"]
    assert all("target:parallel-targets" not in e.evidence.steps for e in events)


def test_a_clash_between_two_peoples_adds_no_target(pipeline: Pipeline) -> None:
    text = "Officials said 40 people had died in three days of clashes between ethnic Tajiks and Uzbeks."
    events = events_of(pipeline, text, "2021-03-10")
    assert all("target:parallel-targets" not in e.evidence.steps for e in events)


def test_words_about_two_states_stay_one_event(pipeline: Pipeline) -> None:
    # an inquiry into the deeds of two states' officials is one inquiry
    text = "A UN inquiry found evidence that Greek and Turkish officials had planned the attack."
    events = events_of(pipeline, text, "2021-03-10")
    assert all("target:parallel-targets" not in e.evidence.steps for e in events)
