"""Right parties, wrong root (sixteenth session, rooterr): constructions whose verb or object codes another
root than the act the sentence tells (issue 10), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding import accused_intent, offered_force, own_naming, signed_act
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline
from newsevents.records import Event

PUBLISHED_ON = "2022-06-14"


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return events_of(pipeline, text, PUBLISHED_ON)


def _by(pipeline: Pipeline, text: str, trigger: str) -> list[Event]:
    return [e for e in _events(pipeline, text) if e.evidence.trigger == trigger]


# -- forces offered, not brandished (coding/offered_force.py) -----------------------------------------


def test_announced_troops_with_no_destination_are_offered(pipeline: Pipeline) -> None:
    text = "Ghana said on Monday it would send 300 soldiers if the bloc asked for them."
    send = _by(pipeline, text, "send")
    assert send and send[0].cameo == "0312"
    assert offered_force.UNPLACED_DEPLOYMENT in send[0].evidence.steps


def test_readiness_to_deploy_aircraft_is_an_offer(pipeline: Pipeline) -> None:
    deploy = _by(pipeline, "Norway said it was ready to deploy two transport planes.", "deploy")
    assert deploy and deploy[0].root == "03"


def test_announced_troops_sent_to_a_place_stay_a_threat(pipeline: Pipeline) -> None:
    send = _by(pipeline, "Turkey said it would send more troops to the Syrian border.", "send")
    assert send and send[0].root == "13"
    assert offered_force.UNPLACED_DEPLOYMENT not in send[0].evidence.steps


def test_destination_after_an_appositive_counts(pipeline: Pipeline) -> None:
    text = "Whitehall said on Tuesday it planned to send one of its new destroyers, the Valiant, to Guam."
    send = _by(pipeline, text, "send")
    assert send and send[0].root == "13"


def test_threatened_deployment_stays_a_threat(pipeline: Pipeline) -> None:
    send = _by(pipeline, "Ankara threatened to send troops.", "send")
    assert send and send[0].cameo.startswith("13")


def test_offered_force_rules_are_catalogued() -> None:
    assert offered_force.UNPLACED_DEPLOYMENT in RULES and offered_force.COMMITMENT in RULES


# -- a document signed that enacts an act of force (coding/signed_act.py) ------------------------------


def test_treaty_signed_annexing_provinces_is_the_annexation(pipeline: Pipeline) -> None:
    text = "The Russian president signed treaties on Friday annexing three provinces of Georgia."
    events = _events(pipeline, text)
    assert [(e.evidence.trigger, e.root) for e in events] == [("annexing", "19")]
    assert signed_act.SIGNED_ACT in events[0].evidence.steps


def test_treaty_signed_absorbing_a_region_is_the_annexation(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Moscow's leader signed a treaty on Friday absorbing Abkhazia into Russia.")
    assert {e.root for e in events} == {"19"}


def test_accord_signed_opening_the_border_stays_an_agreement(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Ecuador and Peru signed an accord on Friday opening their border to trade.")
    assert events and all(e.root == "05" for e in events if e.evidence.trigger == "signed")
    assert not any(signed_act.SIGNED_ACT in e.evidence.steps for e in events)


# -- an intention charged, not announced (coding/accused_intent.py) ------------------------------------


def test_invasion_an_accused_party_prepares_is_the_accusation_only(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Guyana has accused Caracas of preparing an invasion.")
    assert [(e.evidence.trigger, e.root) for e in events] == [("accused", "11")]


def test_act_an_accused_party_seeks_gives_way(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Kiev accused Moscow of planning to seize the port.")
    assert [e.root for e in events] == ["11"]


def test_act_an_accused_party_did_stays(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Kiev accused Moscow of shelling the port.")
    assert {e.root for e in events} == {"11", "19"}


def test_other_partys_clause_inside_the_charge_stays(pipeline: Pipeline) -> None:
    text = (
        "The junta in Bamako accused Paris of wanting to intervene militarily, which the French foreign "
        "ministry denied."
    )
    denied = _by(pipeline, text, "denied")
    assert denied and denied[0].root == "01"
    assert accused_intent.CHARGED_INTENT in RULES


# -- a party naming its own act (coding/own_naming.py) -------------------------------------------------


def test_own_act_named_in_a_free_relative_is_no_judgement(pipeline: Pipeline) -> None:
    text = "Serbia launched what it called counter-terrorist operations in Kosovo on Tuesday."
    events = _events(pipeline, text)
    assert not any(e.evidence.trigger == "called" for e in events)


def test_free_relative_judging_another_party_stays_a_judgement(pipeline: Pipeline) -> None:
    text = "Washington said it had cancelled aid to Cairo over what it called Egypt's failure to hold a vote."
    called = _by(pipeline, text, "called")
    assert called and called[0].root == "11" and own_naming.OWN_NAMING in RULES


# -- rows (verbs.curated.tsv, rooterr block) -----------------------------------------------------------


def test_attack_ordered_is_the_use_of_force(pipeline: Pipeline) -> None:
    ordered = _by(pipeline, "Ankara ordered an attack on the Syrian army post on Monday.", "ordered")
    assert ordered and ordered[0].root == "19"
    assert ordered[0].evidence.rule == "ne.rooterr.1"
