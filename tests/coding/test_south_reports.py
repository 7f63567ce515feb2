"""Shapes of the psouth probe set's error classes (issue 10, twelfth session), on sentences written for
these tests: aid agencies, diplomats and inspectors ordered out of a country ("out of" parsed as a
preposition), armed forces taking up positions, a state's "it" on an act of force, and a threat a leader
voices with her own state's forces."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding import force_makers
from newsevents.pipeline import Pipeline


def _dyads(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.cameo, e.source.code, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-05-04")
    ]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Chad ordered four Belgian aid groups out of the country on Monday.", "1663", "BEL"),
        ("Chad ordered the Belgian ambassador out of the country on Monday.", "161", "BEL"),
        ("Chad ordered three Belgian diplomats out of N'Djamena on Monday.", "161", "BEL"),
        ("Chad ordered five aid agencies out on Monday.", "1663", None),
    ],
)
def test_people_ordered_out_of_a_country_are_expelled(
    pipeline: Pipeline, text: str, cameo: str, target: str | None
) -> None:
    found = _dyads(pipeline, text)
    assert found[:1] == [(cameo, "TCDGOV", target or found[0][2])]


def test_troops_ordered_out_of_barracks_are_no_expulsion(pipeline: Pipeline) -> None:
    assert all(
        c[:2] != "16" and c != "174"
        for c, _, _ in _dyads(pipeline, "Chad ordered its troops out of the barracks.")
    )


def test_armed_forces_taking_up_positions_show_force(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, May 4 (Wire) - Ghanaian soldiers took up positions around the state broadcaster on Tuesday."
    )
    assert _dyads(pipeline, text)[:1] == [("150", "GHAMIL", "GHA")]


def test_peacekeepers_taking_up_positions_keep_their_own_code(pipeline: Pipeline) -> None:
    text = "U.N. peacekeepers took up positions along the ceasefire line in Cyprus on Tuesday."
    assert all(c != "150" for c, _, _ in _dyads(pipeline, text))


def test_a_state_s_it_on_an_act_of_force_is_its_military(pipeline: Pipeline) -> None:
    text = "Ecuador said on Tuesday that it had shot down a Peruvian helicopter near the border."
    shot = by_trigger(events_of(pipeline, text, "2021-05-04"))["shot"][0]
    assert shot.root == "19"
    assert shot.source.code == "ECUMIL"
    assert shot.target is not None and shot.target.country == "PER"
    assert force_makers.STATE_FORCE_SUBJECT in shot.evidence.steps


def test_a_state_s_it_on_a_measure_stays_its_government(pipeline: Pipeline) -> None:
    text = "Ecuador said on Tuesday that it had expelled two Peruvian diplomats."
    assert _dyads(pipeline, text)[:1] == [("161", "ECUGOV", "PER")]


def test_a_leader_threatening_with_her_army_is_the_threat_s_source(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 4 (Wire) - Ecuador's president warned on Tuesday that the army would move in "
        "if the striking miners did not leave the highway."
    )
    threats = [e for e in events_of(pipeline, text, "2021-05-04") if e.root == "13"]
    assert threats and threats[0].source.code == "ECUGOV"


def test_another_state_s_answer_told_by_a_speaker_stays_that_state_s(pipeline: Pipeline) -> None:
    text = "Peru said on Tuesday that Chile would respond if Bolivia attacked."
    threats = [e for e in events_of(pipeline, text, "2021-05-04") if e.root == "13"]
    assert threats and threats[0].source.country == "CHL"


def test_the_two_sides_are_the_parties_that_talked_not_their_mediators(pipeline: Pipeline) -> None:
    text = (
        "Ghana and Togo agreed to reopen their border on Sunday after talks in Lome mediated by Benin "
        "and Nigeria. The two sides will meet again in Accra next month."
    )
    again = by_trigger(events_of(pipeline, text, "2021-05-04"))["meet"][0]
    assert {again.source.country, again.target.country if again.target else None} == {"GHA", "TGO"}


def test_the_two_sides_after_a_pact_are_its_signatories(pipeline: Pipeline) -> None:
    text = (
        "Benin and Nigeria signed a trade pact on Sunday. The two sides will meet again in Accra next month."
    )
    again = by_trigger(events_of(pipeline, text, "2021-05-04"))["meet"][0]
    assert {again.source.country, again.target.country if again.target else None} == {"BEN", "NGA"}


def test_currency_support_extended_with_credit_is_economic_aid(pipeline: Pipeline) -> None:
    text = "Japan has extended $3 billion in credit lines and currency support to Ghana this year."
    assert _dyads(pipeline, text)[:1] == [("071", "JPNGOV", "GHA")]
