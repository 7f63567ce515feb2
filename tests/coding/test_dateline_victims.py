"""Unplaced victims of a foreign state's attack belong to the dateline's country when the story names it
as a party (target:dateline-victims), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding import dateline_victims
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _force(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in events_of(pipeline, text, "2021-05-03") if e.root in ("18", "19", "20")]


def test_victims_under_a_foreign_dateline_are_its_people(pipeline: Pipeline) -> None:
    text = (
        "KABUL, May 3 (Wire) - Pakistani troops killed nine civilians on Sunday. Afghanistan's foreign "
        "ministry summoned the envoy."
    )
    hits = [e for e in _force(pipeline, text) if dateline_victims.DATELINE_VICTIMS in e.evidence.steps]
    assert hits and hits[0].source.country == "PAK"
    assert hits[0].target is not None and hits[0].target.country == "AFG"


def test_a_bureau_abroad_says_nothing_of_the_victims(pipeline: Pipeline) -> None:
    text = "LONDON, May 3 (Wire) - Iranian police shot dead five protesters on Sunday, activists said."
    for event in _force(pipeline, text):
        assert dateline_victims.DATELINE_VICTIMS not in event.evidence.steps
        assert event.target is None or event.target.country != "GBR"


def test_a_digest_section_is_not_the_first_datelines(pipeline: Pipeline) -> None:
    text = (
        "BISHKEK - Kyrgyzstan's interim government asked for help on Sunday.\n\n"
        "DUSHANBE - Tajik security forces killed two escaped prisoners in a raid on Sunday."
    )
    for event in _force(pipeline, text):
        assert event.target is None or event.target.country != "KGZ"


def test_a_ministry_statement_does_not_blame_its_own_state(pipeline: Pipeline) -> None:
    # A statement filed in a ministry's style (the day before the month) tells of its own diplomats hurt
    # by an unnamed hand: the dateline's state is not the attacker.
    text = "LIMA, 3 May -- Peru said its embassy abroad was raided. Several Peruvian diplomats were beaten."
    for event in _force(pipeline, text):
        assert event.source is None or event.source.country != "PER"
