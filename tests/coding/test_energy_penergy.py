"""Energy and resource reports (the penergy probe set's error classes): fuels and power cut off, halted or
suspended to another party (verbs.curated.tsv ne.penergy.*, synsets.curated.tsv &ENERGY_GOOD), forces
cutting a place's power, grids disconnected, deals and contracts agreed, mining and drilling permits
revoked, funds cut, pipelines opened, oil projects and stakes taken over (&ASSET), and state and national
energy companies as their country's parties (tools/curated_actors.jsonl); a pair named by a role noun
("each government", "both governments") takes that role (actors/pairs.py, _in_own_role).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, RoleCoded, coded, coded_with_roles

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # a state cutting off, halting or stopping fuel or power to another party: an embargo on the goods
    ("Russia cut off gas to Belarus on Tuesday.", [("163", "RUS", "BLR")]),
    ("Algeria halted oil to Morocco on Monday.", [("163", "DZA", "MAR")]),
    ("Paraguay shut off electricity to Argentina on Friday.", [("163", "PRY", "ARG")]),
    ("Iran cut off power to Iraq on Sunday.", [("163", "IRN", "IRQ")]),
    # forces cutting a town's power or fuel blockade it
    ("Rebels cut off electricity to the town on Monday.", [("191", None, None)]),
    ("Rebels cut off power to the town on Monday.", [("191", None, None)]),
    # a storm is no party
    ("The storm cut off power to the town on Monday.", []),
])  # fmt: skip
def test_energy_cut_off(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a grid disconnected from another state's cuts a tie (160), no retreat
    ("Moldova disconnected its power grid from Russia's on Saturday.", [("160", "MDA", "RUS")]),
    # "agreed a deal / contract with": the parties conclude it (057), not a bare intent (030)
    ("Serbia agreed a new gas contract with Russia on Friday.", [("057", "SRB", "RUS")]),
    ("Chile agreed a trade deal with Peru on Friday.", [("057", "CHL", "PER")]),
    # a permit or licence revoked, withdrawn or suspended: an administrative sanction (172), no retreat
    ("Mali revoked the mining permit of a Canadian firm on Tuesday.", [("172", "MLI", "CAN")]),
    ("Guinea withdrew the licence of a French company on Tuesday.", [("172", "GIN", "FRA")]),
    # funds cut to a state: stopping aid
    ("The European Union cut funds to Niger on Monday.", [("162", None, "NER")]),
    ("Sweden halted its funds to Zambia on Monday.", [("162", "SWE", "ZMB")]),
    # leaders opening a pipeline together cooperate economically
    ("Putin and Xi opened the pipeline on Monday.", [("061", "RUS", "CHN")]),
])  # fmt: skip
def test_energy_ties(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # state and national energy firms stand for their country
    ("Sonatrach halted gas to Spain on Monday.", [("163", "DZA", "ESP")]),
    ("Repsol accused Bolivia of breaking the contract.", [("112", "ESP", "BOL")]),
    ("Niger revoked Orano's permit on Friday.", [("172", "NER", "FRA")]),
    ("Kazatomprom agreed a uranium deal with China on Monday.", [("057", "KAZ", "CHN")]),
    # a state taking control of oil projects or a firm's stake confiscates them (1711)
    ("Ecuador took control of four oil projects run by Chevron on Tuesday.", [("1711", "ECU", "USA")]),
    ("Bolivia seized the stake held by Petrobras.", [("1711", "BOL", "BRA")]),
])  # fmt: skip
def test_energy_firms_and_assets(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # "both governments" after two armies clashed: the two states' governments, not their troops
    ("Armenian and Azerbaijani troops clashed on the border on Tuesday. Both governments blamed each other.",
     [("190", "ARM", "MIL", "AZE"), ("112", "ARM", "GOV", "AZE")]),
    # a pair with no role noun after the two fought: the two states acting as such, their governments
    # (actors/event_sides.py), as a state named alone is
    ("Peruvian and Chilean troops clashed near the border on Tuesday. Both countries blamed each other.",
     [("190", "PER", "MIL", "CHL"), ("112", "PER", "GOV", "CHL")]),
])  # fmt: skip
def test_pair_in_own_role(pipeline: Pipeline, text: str, found: list[RoleCoded]) -> None:
    assert coded_with_roles(pipeline, text, "2019-05-08") == found
