"""Investigations, force posture and reduced relations (CAMEO 09, 15, 16) in shapes the pinv probe set
showed the coder missing, on sentences written for these tests (issue 10): envoys acted on in an
agentless passive (coding/envoys.py), a person placed under investigation with nobody named
(coding/agentless.py), rows for investigations authorised or taken over, mobilisations ordered, envoys
declared unwelcome and participation suspended, a country joined to "-brokered" as the go-between
(actors/mentions.py), a year inside a name (datewords.named_year) and an act told as a party's decision
(coding/decided.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import agentless, envoys, posture
from newsevents.datewords import named_year
from newsevents.pipeline import Pipeline
from newsevents.records import Event

_DAY = "2021-06-04"  # a Friday


def _dyads(pipeline: Pipeline, text: str, root: str) -> list[tuple[str | None, str | None]]:
    events = events_of(pipeline, text, _DAY)
    return [(e.source.country, e.target.country if e.target else None) for e in events if e.root == root]


def _of_root(pipeline: Pipeline, text: str, root: str) -> list[Event]:
    return [e for e in events_of(pipeline, text, _DAY) if e.root == root]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # recalled: by the envoy's own state, from the host
        ("Chile's ambassador to Bolivia was recalled for consultations on Tuesday.", "CHL", "BOL"),
        # expelled, declared unwelcome, summoned: by the host, against the envoy's state
        ("Three Norwegian diplomats were expelled from Belarus on Wednesday.", "BLR", "NOR"),
        ("Two Danish diplomats were declared persona non grata in Iran on Thursday.", "IRN", "DNK"),
        ("Austria's ambassador to Belarus was summoned on Monday.", "BLR", "AUT"),
    ],
)
def test_an_envoy_acted_on_in_a_passive_takes_the_verb_direction(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    events = [e for e in events_of(pipeline, text, _DAY) if e.root in ("16", "11")]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [(source, target)]
    assert envoys.ENVOY_PASSIVE in events[0].evidence.steps
    assert events[0].source.role == "GOV"


def test_an_expelled_envoy_with_no_host_named_is_expelled_by_the_story_country(pipeline: Pipeline) -> None:
    text = "NAIROBI, Kenya (Wire) - Two Somali diplomats were expelled on Friday, officials said."
    assert _dyads(pipeline, text, "16") == [("KEN", "SOM")]


def test_a_recalled_envoy_of_the_same_country_as_the_host_gives_no_envoy_event(pipeline: Pipeline) -> None:
    events = _of_root(pipeline, "Peru's ambassador to Peru was recalled on Tuesday.", "16")
    assert all(envoys.ENVOY_PASSIVE not in e.evidence.steps for e in events)


def test_a_person_placed_under_investigation_is_investigated_by_the_story_country(pipeline: Pipeline) -> None:
    text = "LIMA, Peru (Wire) - A former Peruvian president was placed under formal investigation on Monday."
    (event,) = _of_root(pipeline, text, "09")
    assert (event.source.country, event.source.role, event.cameo) == ("PER", "JUD", "091")
    assert agentless.STATE_PASSIVE in event.evidence.steps


def test_an_investigation_launched_with_nobody_named_is_the_judiciary_s(pipeline: Pipeline) -> None:
    text = "QUITO, Ecuador (Wire) - An inquiry was opened on Monday into the deaths of nine miners."
    (event,) = _of_root(pipeline, text, "09")
    assert (event.source.country, event.source.role) == ("ECU", "JUD")


@pytest.mark.parametrize(
    ("text", "root", "cameo", "source"),
    [
        ("Judges in Kenya authorised an investigation into the killings on Thursday.", "09", "090", "KEN"),
        ("Spanish prosecutors took over the investigation into the fire on Monday.", "09", "090", "ESP"),
        ("President Aliyev of Azerbaijan ordered a partial mobilisation on Tuesday.", "15", "154", "AZE"),
        ("Armenia declared a general mobilization on Sunday.", "15", "154", "ARM"),
        ("Iran on Monday suspended its participation in the fisheries accord.", "16", "160", "IRN"),
    ],
)
def test_rows_for_investigations_mobilisations_and_suspended_participation(
    pipeline: Pipeline, text: str, root: str, cameo: str, source: str
) -> None:
    events = _of_root(pipeline, text, root)
    assert [(e.cameo, e.source.country) for e in events] == [(cameo, source)]
    # (taking over an investigation is no seizure)
    assert not _of_root(pipeline, text, "17")


def test_a_brokered_talks_country_is_the_go_between_not_the_target(pipeline: Pipeline) -> None:
    text = "Chad suspended Egypt-brokered negotiations with Libya on Thursday."
    assert _dyads(pipeline, text, "16") == [("TCD", "LBY")]


def test_a_year_inside_a_name_dates_no_event(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Troops from Mongolia joined the Vostok 2018 drills.")
    assert [named_year(e) for e in doc.ents if e.label_ == "DATE"] == [True]
    doc = pipeline.nlp("In May 2018 troops massed on the border.")
    assert [named_year(e) for e in doc.ents if e.label_ == "DATE"] == [False]
    text = "MINSK, June 3 (Wire) - Belarus began the Shield 2021 military exercises on Thursday."
    events = _of_root(pipeline, text, "15")
    assert [e.date for e in events] == ["2021-06-03"]


def test_an_act_told_as_an_owned_decision_is_the_owner_s(pipeline: Pipeline) -> None:
    text = "Kenya said it regretted Uganda's decision to recall its ambassador from Nairobi."
    assert _dyads(pipeline, text, "16") == [("UGA", "KEN")]


def test_a_decision_protested_against_is_the_protest_s_ground(pipeline: Pipeline) -> None:
    text = "Thousands marched in Accra against the government's decision to expel the Togolese envoy."
    assert _dyads(pipeline, text, "16") == []


def test_ground_forces_sent_in_an_agentless_passive_are_their_state_s_posture(pipeline: Pipeline) -> None:
    text = (
        "QUITO, Ecuador (Wire) - Ecuador broke off relations with Peru on Monday. "
        "Ecuadorean troops were sent to the southern border."
    )
    (event,) = _of_root(pipeline, text, "15")
    assert (event.cameo, event.source.country, event.target.country if event.target else None) == (
        "154",
        "ECU",
        "PER",
    )
    assert posture.PASSIVE_POSTURE in event.evidence.steps


def test_aircraft_sent_in_an_agentless_passive_are_no_posture(pipeline: Pipeline) -> None:
    text = "QUITO, Ecuador (Wire) - Ecuadorean jets were sent to the southern border on Monday."
    events = events_of(pipeline, text, _DAY)
    assert all(posture.PASSIVE_POSTURE not in e.evidence.steps for e in events)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("China imposed punitive measures on Lithuania on Friday.", "163", "CHN", "LTU"),
        ("Ghana pulled its ambassador from Abuja on Monday.", "161", "GHA", "NGA"),
        ("Chile has withdrawn its envoy from Lima.", "161", "CHL", "PER"),
    ],
)
def test_rows_for_measures_imposed_and_envoys_withdrawn(
    pipeline: Pipeline, text: str, cameo: str, source: str, target: str
) -> None:
    events = [e for e in events_of(pipeline, text, _DAY) if e.root in ("16", "17", "08")]
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        (cameo, source, target)
    ]


def test_a_frozen_accession_reduces_relations_with_the_candidate(pipeline: Pipeline) -> None:
    text = "Brussels froze Serbia's accession talks on Friday."
    events = _of_root(pipeline, text, "16")
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("160", "SRB")]


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        # the country left is the host
        ("Two Cuban diplomats were ordered to leave Panama on Wednesday.", "16", "PAN", "CUB"),
        ("The Swedish ambassador was told to leave Iraq.", "16", "IRQ", "SWE"),
        # (roots: a time limit to leave is the expulsion, 174, no longer an ultimatum, 139)
        ("Chile's ambassador was given 48 hours to leave Bolivia.", "17", "BOL", "CHL"),
        # an envoy counted out of a group ("two of its diplomats")
        ("Lima said two of its diplomats had been expelled from Quito.", "16", "ECU", "PER"),
    ],
)
def test_envoys_told_to_leave_or_counted_out_of_a_group(
    pipeline: Pipeline, text: str, root: str, source: str, target: str
) -> None:
    events = _of_root(pipeline, text, root)
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [(source, target)]
    assert envoys.ENVOY_PASSIVE in events[0].evidence.steps


def test_an_investigation_s_finding_is_coded_beside_the_act_it_finds(pipeline: Pipeline) -> None:
    text = "UN investigators concluded on Thursday that Sudanese forces had bombed the camp."
    events = events_of(pipeline, text, _DAY)
    findings = [e for e in events if e.root == "09"]
    assert [(e.cameo, e.target.country if e.target else None) for e in findings] == [("090", "SDN")]
    # (the act found stays, as reported)
    assert any(e.root in ("18", "19") and e.source.country == "SDN" for e in events)


def test_a_plain_conclusion_still_gives_way_to_the_act_it_reports(pipeline: Pipeline) -> None:
    text = "Kenya concluded on Thursday that Somali gunmen had attacked the convoy."
    assert not _of_root(pipeline, text, "09")
