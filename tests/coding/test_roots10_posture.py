"""Yield, investigate and force posture told as wires tell them (the pposture probe set's error classes):
warships, aircraft and units sent or ordered toward a place (verbs.curated.tsv ne.roots10.*), troops
crossing out of a country, a resignation sent, an inquiry led, and the one let in named as the
subject of the permitted clause (coding/permitted_subject.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # vessels and aircraft sent or ordered to or toward a place: a deployment (154), not arms given (072)
    ("Chile sent two frigates to the disputed islands on Tuesday.", [("154", "CHL", "CHL")]),
    ("The United States ordered an aircraft carrier toward Peru on Monday.", [("154", "USA", "PER")]),
    ("The Chilean navy ordered the aircraft carrier Libertad to sail toward Peru on Tuesday.",
     [("154", "CHL", "PER")]),
    ("Peru ordered more warplanes to the region on Tuesday.", [("154", "PER", "PER")]),
    # soldiers posted at sites, agents sent to an inquiry
    ("Chile posted soldiers at its copper mines on Tuesday.", [("154", "CHL", "CHL")]),
    ("Chile sent agents to Lima on Tuesday to help the investigation.", [("090", "CHL", "PER")]),
    # an aircraft order from a maker is a purchase, no event; arms sent to a country stay military aid
    ("Chile ordered 40 aircraft from Boeing on Tuesday.", []),
    ("Norway sent tanks and howitzers to Ukraine on Tuesday.", [("072", "NOR", "UKR")]),
])  # fmt: skip
def test_posture(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # troops crossing out of a country withdraw (0874); driving a party out is force (190)
    ("The last Chilean troops crossed out of Peru on Tuesday.", [("0874", "CHL", "PER")]),
    ("Chilean troops drove the rebels out of the town on Tuesday.", [("190", "CHL", "CHL")]),
    # a resignation sent is stepping down
    ("Peru's president sent his resignation to parliament on Tuesday.", [("0831", "PER", "PER")]),
    # the one let in is the subject of the permitted clause
    ("Peru let the U.N. inspectors resume their work on Tuesday.", [("0862", "PER", None)]),
    # relief let across names no recipient: left uncoded
    ("Chile let relief trucks cross its border on Tuesday.", []),
    ("Chile let the deadline pass on Tuesday.", []),
    # a halt to firing agreed by one party is the truce itself (conceded.py keeps a yield agreed to)
    ("Chile agreed on Tuesday to halt all firing along the border.", [("0871", "CHL", "CHL")]),
    # an amnesty announced eases sanctions; recorders handed over are returned; a search agreed to lets
    # the searchers in
    ("Chilean President Jorge Vidal announced an amnesty for rebels on Tuesday.", [("081", "CHL", "CHL")]),
    ("Peruvian rebels handed the flight recorders to Chilean officials on Tuesday.", [("084", "PER", "CHL")]),
    ("Chile agreed to the search of its embassy on Tuesday.", [("0862", "CHL", None)]),
])  # fmt: skip
def test_yield(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def test_inquiry_led(pipeline: Pipeline) -> None:
    # leading a fact-finding mission is investigating (090), not the visit of a mission (036)
    text = "The council named a Chilean judge to lead a fact-finding mission into the killings."
    found = _found(pipeline, text)
    assert [code for code, _, _ in found] == ["090"]
