"""Migration and border reports (the pmig probe set's error classes): deportees told by an agentless
passive with the deporting state in a "from" or "out of" phrase (coding/expelled_from.py,
source:expelled-from-passive), frontiers and crossings closed or sealed (verbs.curated.tsv ne.pmig.1-8),
"took issue with" as disapproval (ne.pmig.9), refugees, migrants and asylum seekers accepted or
admitted as asylum (ne.pmig.10-15), adjectives of blame (words.toml), ministers by name
(tools/curated_actors.jsonl) and "Dominican" as the Dominican Republic's adjective
(tools/curated_countries.tsv), as the Phoenix country dictionary has it; envoys recalled in an agentless
passive with no host named, or in a relative clause (coding/envoys.py); a state's own people in the "of"
phrase of what is done to them, no target of its criticism (coding/own_people.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, by_trigger, coded, events_of

from newsevents.coding.envoys import ENVOY_PASSIVE
from newsevents.coding.expelled_from import EXPELLED_FROM_PASSIVE
from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2022-03-09")


@pytest.mark.parametrize(("text", "found"), [
    # the deporting state is the country the people were sent "from", not the deportees' own
    ("About 900 Guatemalans were deported from Mexico on Monday.", [("174", "MEX", "GTM")]),
    ("Hundreds of Nicaraguans were expelled from Costa Rica on Monday.", [("174", "CRI", "NIC")]),
    # "forced out of X": the parser hangs "of" on "out"
    ("Thousands of Burundians have been forced out of Tanzania on Monday.", [("170", "TZA", "BDI")]),
])  # fmt: skip
def test_passive_expulsion_from_a_country(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def test_passive_expulsion_names_its_rule(pipeline: Pipeline) -> None:
    text = "About 900 Guatemalans were deported from Mexico on Monday."
    deported = by_trigger(events_of(pipeline, text, "2022-03-09"))["deported"][0]
    assert deported.source.role == "GOV"
    assert EXPELLED_FROM_PASSIVE in deported.evidence.steps


def test_named_deporter_keeps_its_own_source(pipeline: Pipeline) -> None:
    # an agent named in a "by" phrase is the source: no "from" reading
    text = "About 900 Guatemalans were deported from Mexico by Honduras on Monday."
    deported = by_trigger(events_of(pipeline, text, "2022-03-09"))["deported"][0]
    assert EXPELLED_FROM_PASSIVE not in deported.evidence.steps


@pytest.mark.parametrize(("text", "found"), [
    # a frontier or its crossings closed, shut or sealed to a neighbour: relations reduced (160)
    ("Hungary sealed the frontier with Serbia on Tuesday.", [("160", "HUN", "SRB")]),
    ("Chad closed the frontier with Sudan on Tuesday.", [("160", "TCD", "SDN")]),
    ("Norway shut the frontier with Russia on Tuesday.", [("160", "NOR", "RUS")]),
    ("Finland closed four crossing points with Russia on Tuesday.", [("160", "FIN", "RUS")]),
    ("Bolivia shut two crossings with Chile on Tuesday.", [("160", "BOL", "CHL")]),
])  # fmt: skip
def test_frontier_closed(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # "took issue with": disapproval of the thing named
    ("Chile took issue with Peru's claim on Monday.", [("111", "CHL", "PER")]),
    ("Ghana took issue with the British ruling on Monday.", [("111", "GHA", "GBR")]),
])  # fmt: skip
def test_took_issue_with(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def test_dominican_is_the_dominican_republic(pipeline: Pipeline) -> None:
    text = "The Dominican authorities deported 500 Haitians on Monday."
    assert _found(pipeline, text) == [("174", "DOM", "HTI")]


@pytest.mark.parametrize(("text", "found"), [
    # blame of a policy, law or ruling by an adjective of judgement
    ("Kenya called the plan unworkable on Friday.", [("111", "KEN", None)]),
    ("Pakistan called the British law discriminatory on Friday.", [("111", "PAK", "GBR")]),
    ("Senegal called the Spanish decree xenophobic on Friday.", [("111", "SEN", "ESP")]),
])  # fmt: skip
def test_judged_unworkable_or_xenophobic(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "published", "found"), [
    # ministers of migration stories by name, in office on the day (tools/curated_actors.jsonl)
    ("Priti Patel criticised France on Monday.", "2021-11-24", [("111", "GBR", "FRA")]),
    ("Sarfraz Bugti criticised Afghanistan on Monday.", "2023-10-04", [("111", "PAK", "AFG")]),
    ("Kirstjen Nielsen criticised Mexico on Monday.", "2018-12-21", [("111", "USA", "MEX")]),
])  # fmt: skip
def test_migration_ministers(pipeline: Pipeline, text: str, published: str, found: Found) -> None:
    assert coded(pipeline, text, published) == found


@pytest.mark.parametrize(("text", "found"), [
    # a state accepting or admitting refugees, migrants or asylum seekers takes them in (075)
    ("Canada admitted 25,000 Syrian refugees on Monday.", [("075", "CAN", "SYR")]),
    ("Germany accepted 1,000 Afghan migrants on Monday.", [("075", "DEU", "AFG")]),
    ("Sweden accepted 300 Eritrean asylum seekers on Monday.", [("075", "SWE", "ERI")]),
])  # fmt: skip
def test_refugees_accepted(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


def _recalls(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, bool]]:
    events = [e for e in events_of(pipeline, text, "2021-05-19") if e.root == "16"]
    return [
        (e.source.country, e.target.country if e.target else None, ENVOY_PASSIVE in e.evidence.steps)
        for e in events
    ]


@pytest.mark.parametrize(("text", "found"), [
    # a recalled envoy with no host named is recalled by his own state; "to" on the recall verb names his
    # own capital, and the story's country (the dateline's) is the host
    ("CEUTA, May 18 (Wire) - Morocco's ambassador was recalled to Rabat on Tuesday.", [("MAR", "ESP", True)]),
    ("Morocco's ambassador was recalled for consultations on Tuesday.", [("MAR", None, True)]),
    # a relative clause's pronoun subject stands for the envoy it hangs on
    ("The Moroccan ambassador, who was recalled on Tuesday, left Madrid.", [("MAR", "ESP", True)]),
])  # fmt: skip
def test_envoy_recalled_without_host(
    pipeline: Pipeline, text: str, found: list[tuple[str | None, str | None, bool]]
) -> None:
    assert _recalls(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a state's own people in the "of" phrase of a noun of treatment are no target of its criticism: the
    # one who treats, kills or detains them is (the place, the story's other side)
    ("Mexico condemned the treatment of Mexican migrants in Texas on Tuesday.", [("111", "MEX", "USA")]),
    ("Ghana denounced the killing of Ghanaian traders in Nigeria on Tuesday.", [("111", "GHA", "NGA")]),
    ("LIMA (Wire) - Chile expelled 300 Peruvians. Peru condemned the expulsion of Peruvian workers "
     "on Tuesday.", [("174", "CHL", "PER"), ("111", "PER", "CHL")]),
])  # fmt: skip
def test_own_people_are_no_target(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found
