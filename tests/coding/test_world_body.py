"""A world body has no country: its threat told again in vaguer words folds as a country's does when both
mentions name the same body (coding/world_body.py), and stays apart when another body warns. Sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.threat_again import THREAT_AGAIN
from newsevents.coding.world_body import same_body
from newsevents.pipeline import Pipeline
from newsevents.records import Actor

PUBLISHED_ON = "2022-03-14"


def test_a_bodys_vague_warning_after_its_ultimatum_is_one_threat(pipeline: Pipeline) -> None:
    text = (
        "ABUJA, March 13 (Wire) - West African leaders on Sunday gave the junta in Guinea-Bissau one week to "
        "reinstate the elected president, warning that they could use force.\n\nThe Economic Community of "
        "West African States said it would take all necessary measures if its demands were not met."
    )
    threats = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo.startswith("13")]
    assert len(threats) == 1
    assert THREAT_AGAIN in threats[0].evidence.steps


def test_two_bodies_of_the_family_are_not_one_body() -> None:
    un = Actor(text="the United Nations", name="United Nations", code="IGOUNO")
    agency = Actor(text="the atomic agency", name="IAEA", code="IGOUNOIAE")
    bloc = Actor(text="West African leaders", name="ECOWAS", code="IGOWAFBUSWAS")
    community = Actor(
        text="the Community", name="Economic Community of West African States", code="IGOWAFWAS"
    )
    assert same_body(bloc, community)
    assert not same_body(un, agency)
    assert not same_body(Actor(text="Ghana", name="Ghana", country="GHA", code="GHAGOV"), bloc)
