"""False alarms on unseen news (issue 10, eleventh session, errfp): a denied subject negates the act, a
party defending its own ground gives nobody protection, refugees fleeing are no act of the state they
reach, an obligation of state asks no act of anyone, and 'in protest' on a party's own act is its motive.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("LIMA, March 9 (Wire) - The Chilean army said no soldiers were killed in the clash near the border.",
         "killed"),
        ("QUITO, March 9 (Wire) - Ecuador's army said no Peruvian posts had been shelled.", "shelled"),
        ("LIMA, March 9 (Wire) - None of the Chilean ministers attended the summit in Lima.", "attended"),
    ],
)
def test_a_denied_subject_reports_no_event(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = events_of(pipeline, text, PUBLISHED_ON)
    found = [(e.cameo, e.evidence.trigger) for e in events]
    assert not [e for e in events if e.evidence.trigger == trigger], found


def test_an_undenied_subject_still_reports_the_event(pipeline: Pipeline) -> None:
    text = "LIMA, March 9 (Wire) - Peruvian troops killed two Chilean soldiers near the border, Lima said."
    events = events_of(pipeline, text, PUBLISHED_ON)
    kills = [e for e in events if e.evidence.trigger == "killed"]
    found = [(e.cameo, e.evidence.trigger) for e in events]
    assert len(kills) == 1 and kills[0].cameo[:2] in ("18", "19"), found
    assert kills[0].source is not None and kills[0].source.country == "PER"
    assert kills[0].target is not None and kills[0].target.country == "CHL"


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian defence ministry said it would defend the country and protect its borders.",
        "Vilnius said on Monday it would firmly defend its sovereignty.",
        "The Latvian government said it had acted to protect its national security.",
        "The Finnish president said Helsinki would protect the dignity of its people wherever they were.",
    ],
)
def test_defending_ones_own_ground_is_no_protection_given(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, PUBLISHED_ON)
    found = [(e.cameo, e.evidence.trigger) for e in events]
    assert not [e for e in events if e.cameo in ("074", "0334")], found


def test_protecting_another_party_is_still_intended_protection(pipeline: Pipeline) -> None:
    text = "Kenya said it would send troops to protect civilians in Somalia."
    events = events_of(pipeline, text, PUBLISHED_ON)
    protection = [e for e in events if e.cameo == "0334"]
    assert len(protection) == 1, [(e.cameo, e.evidence.trigger) for e in events]
    assert protection[0].source is not None and protection[0].source.country == "KEN"
    assert protection[0].target is not None and protection[0].target.country == "SOM"


def test_refugees_fleeing_grant_no_asylum(pipeline: Pipeline) -> None:
    text = "Thousands of refugees fled to Thailand after the fighting in the border villages."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.cameo == "075"], [(e.cameo, e.evidence.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        '"The option of sanctions must remain," the Dutch foreign minister said.',
        "The opposition in Caracas says the speaker of the assembly should be the interim president.",
        "Riyadh said any accord with Tehran must include the missile programme.",
    ],
)
def test_an_obligation_of_state_is_no_demand(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.cameo == "100"], [(e.cameo, e.evidence.trigger) for e in events]


def test_an_obligation_to_act_is_still_a_demand(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Brasilia said Caracas must free the detained reporters.", PUBLISHED_ON)
    demand = [e for e in events if e.cameo == "100"]
    assert len(demand) == 1, [(e.cameo, e.evidence.trigger) for e in events]
    assert demand[0].source is not None and demand[0].source.country == "BRA"
    assert demand[0].target is not None and demand[0].target.country == "VEN"


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, May 4 (Wire) - Chile's foreign minister, who had been flying to Lima, turned his plane around "
        "on Tuesday in protest.",
        "SEOUL, June 30 (Wire) - Pyongyang seized a South Korean ship on Friday, and Seoul said it had "
        "halted the shipments in protest.",
    ],
)
def test_in_protest_on_a_partys_own_act_is_no_demonstration(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, PUBLISHED_ON)
    found = [(e.cameo, e.evidence.trigger) for e in events]
    assert not [e for e in events if e.cameo.startswith("14")], found


def test_the_public_acting_in_protest_still_protests(pipeline: Pipeline) -> None:
    text = "LIMA, May 4 (Wire) - Lawyers stayed away from courts across Peru on Monday in protest at a ban."
    events = events_of(pipeline, text, PUBLISHED_ON)
    protests = [e for e in events if e.cameo.startswith("14")]
    assert len(protests) == 1, [(e.cameo, e.evidence.trigger) for e in events]
    assert protests[0].source is not None and protests[0].source.country == "PER"


def test_a_declaration_of_independence_is_a_statement(pipeline: Pipeline) -> None:
    text = "PODGORICA, June 4 (Wire) - Montenegro's parliament declared independence from Serbia on Saturday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    declared = [e for e in events if e.evidence.trigger == "declared"]
    assert [e.cameo for e in declared] == ["010"], [(e.cameo, e.evidence.trigger) for e in events]
    assert declared[0].source is not None and declared[0].source.country == "MNE"
    assert declared[0].target is not None and declared[0].target.country == "SRB"


def test_every_gerund_of_an_accusation_is_its_ground(pipeline: Pipeline) -> None:
    text = ("BEIJING, June 17 (Wire) - China accused Indian patrols of straying over the frontier and "
            "provoking Chinese soldiers.")
    events = events_of(pipeline, text, PUBLISHED_ON)
    found = [(e.cameo, e.evidence.trigger) for e in events]
    accusation = [e for e in events if e.evidence.trigger == "accused"]
    assert len(accusation) == 1 and accusation[0].cameo.startswith("11"), found
    assert accusation[0].source is not None and accusation[0].source.country == "CHN"
    assert accusation[0].target is not None and accusation[0].target.country == "IND"
    assert not [e for e in events if e.evidence.trigger in ("straying", "provoking")], found
