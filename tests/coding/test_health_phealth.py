"""Health and disaster diplomacy (the phealth probe set's error classes): entry suspended or halted for
travellers, visas or flights stopped (verbs.curated.tsv ne.phealth.1-2, 7-9), anyone declared persona non
grata (ne.phealth.10), doctors, medics and rescuers withdrawn (ne.phealth.11-18), "presidency" as the
government (tools/curated_agents.tsv), relief goods and teams dispatched or airlifted (through
verb_classes.tsv), rushed (ne.phealth.4) or received from a giver (ne.phealth.6), a carrier's relief cargo
that the parser makes the subject's head ("a plane carrying water, blankets and nets landed":
coding/diplomacy.py, relief_cargo), and goods that arrive naming their giver in a participle ("arrived,
donated by X": coding/cargo_origin.py, givers). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, by_trigger, coded, events_of

from newsevents.coding.cargo_origin import CARGO_ORIGIN
from newsevents.coding.diplomacy import RELIEF_CARGO
from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-03-06")


@pytest.mark.parametrize(("text", "found"), [
    # entry suspended or halted for a country's travellers reduces relations, as visas suspended
    ("Peru on Tuesday suspended entry for travellers from Chile.", [("160", "PER", "CHL")]),
    ("Bolivia has halted entry for Peruvian citizens.", [("160", "BOL", "PER")]),
])  # fmt: skip
def test_entry_suspended(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # relief goods or teams dispatched, rushed or airlifted: humanitarian aid
    ("Chile on Tuesday dispatched doctors and tents to Peru.", [("073", "CHL", "PER")]),
    ("Argentina rushed medicine and blankets to Bolivia on Tuesday.", [("073", "ARG", "BOL")]),
    ("Brazil airlifted a rescue team to Ecuador on Tuesday.", [("073", "BRA", "ECU")]),
    # received from a giver: the giver's aid, the receiver its target
    ("Peru received 300,000 vaccine doses from Chile on Tuesday.", [("073", "CHL", "PER")]),
])  # fmt: skip
def test_relief_sent_and_received(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def test_relief_received_without_giver_is_no_aid(pipeline: Pipeline) -> None:
    # with nobody named as the giver the receiver would be coded as giving: no row fires
    found = _found(pipeline, "Peru received 300,000 vaccine doses on Tuesday.")
    assert not [c for c in found if c[0] == "073"]


def test_cargo_parsed_as_the_subject(pipeline: Pipeline) -> None:
    text = "A Chilean air force plane carrying water, blankets and mosquito nets landed in Lima on Tuesday."
    landed = by_trigger(events_of(pipeline, text, "2019-03-06"))["landed"][0]
    assert landed.cameo == "073"
    assert RELIEF_CARGO in landed.evidence.steps


def test_carrier_without_relief_goods_stays_a_deployment(pipeline: Pipeline) -> None:
    text = "A Chilean air force plane carrying troops and rifles landed in Lima on Tuesday."
    landed = by_trigger(events_of(pipeline, text, "2019-03-06"))["landed"][0]
    assert RELIEF_CARGO not in landed.evidence.steps


@pytest.mark.parametrize(("text", "found"), [
    # visas or flights stopped: suspended
    ("Ecuador on Tuesday stopped issuing visas to Peruvians.", [("160", "ECU", "PER")]),
    ("Chile on Tuesday stopped flights from Peru.", [("160", "CHL", "PER")]),
    # anyone declared persona non grata is expelled by a diplomatic act
    ("Chile on Tuesday declared two Peruvian doctors persona non grata.", [("161", "CHL", "PER")]),
    # relief workers pulled out: humanitarian assistance stopped
    ("Chile on Tuesday pulled out its rescuers from Peru.", [("1623", "CHL", "PER")]),
])  # fmt: skip
def test_measures_on_travel_and_relief_workers(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def test_diplomat_declared_persona_non_grata_keeps_its_row(pipeline: Pipeline) -> None:
    text = "Chile on Tuesday declared Peru's ambassador persona non grata."
    declared = by_trigger(events_of(pipeline, text, "2019-03-06"))["declared"][0]
    assert declared.cameo == "161"
    assert declared.evidence.rule != "ne.phealth.10"


def test_presidency_speaks_for_the_government(pipeline: Pipeline) -> None:
    # a head of state's office, as "presidential office" (tools/curated_agents.tsv)
    text = "Ecuador's presidency criticised Peru on Tuesday."
    criticised = by_trigger(events_of(pipeline, text, "2019-03-06"))["criticised"][0]
    assert criticised.source.role == "GOV"


@pytest.mark.parametrize(("text", "found"), [
    # goods that arrive name their giver in a participle's "by" agent, on the verb or on the subject
    ("The first 50,000 doses of measles vaccine arrived in Peru on Tuesday, donated by Chile.",
     [("073", "CHL", "PER")]),
    ("Tents and blankets donated by Chile arrived in Peru on Tuesday.", [("073", "CHL", "PER")]),
])  # fmt: skip
def test_goods_name_their_giver_in_a_participle(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def test_giver_participle_names_its_rule(pipeline: Pipeline) -> None:
    text = "The first 50,000 doses of measles vaccine arrived in Peru on Tuesday, donated by Chile."
    arrived = by_trigger(events_of(pipeline, text, "2019-03-06"))["arrived"][0]
    assert CARGO_ORIGIN in arrived.evidence.steps


def test_a_maker_is_no_giver(pipeline: Pipeline) -> None:
    # only participles of giving: "produced by" names the maker, not the sender
    found = _found(pipeline, "The doses arrived in Peru on Tuesday, produced by a Chilean firm.")
    assert not [c for c in found if c[1] == "CHL"]
