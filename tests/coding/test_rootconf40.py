"""Right parties, wrong root (fortieth round, rootconf40, issue 10): an announced force posture keeps its
own root (coding/announced_posture.py), a vessel rammed is an assault, and a firing squad is no firing
event (verbs.curated.tsv, rootconf40 block), on sentences written for these tests."""

from __future__ import annotations

import functools

from coding_helpers import events_of, triggered

from newsevents.coding import announced_posture
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2022-05-10"


_by = functools.partial(triggered, published=PUBLISHED_ON)  # (coding_helpers.triggered)


# -- an announced posture (coding/announced_posture.py) -------------------------------------------------


def test_soldiers_to_be_posted_at_home_sites_are_posture(pipeline: Pipeline) -> None:
    text = "Finland said on Monday it would post soldiers at its power stations."
    post = _by(pipeline, text, "post")
    assert post and post[0].root == "15" and post[0].modality == "intended"
    assert announced_posture.ANNOUNCED_POSTURE in post[0].evidence.steps


def test_security_to_be_stepped_up_is_posture(pipeline: Pipeline) -> None:
    text = "Estonia said on Friday it would step up security at its ports."
    step = _by(pipeline, text, "step")
    assert step and step[0].root == "15"


def test_threatened_deployment_stays_a_threat(pipeline: Pipeline) -> None:
    text = "Peru's president threatened on Monday to deploy the army in Lima unless the strikes ended."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert events and all(e.root == "13" for e in events)
    assert not any(announced_posture.ANNOUNCED_POSTURE in e.evidence.steps for e in events)


def test_posture_done_keeps_no_announcement_step(pipeline: Pipeline) -> None:
    post = _by(pipeline, "Finland posted soldiers at its power stations on Monday.", "posted")
    assert post and post[0].root == "15"
    assert announced_posture.ANNOUNCED_POSTURE not in post[0].evidence.steps
    assert announced_posture.ANNOUNCED_POSTURE in RULES


def test_posture_sent_to_a_place_stays_a_threat(pipeline: Pipeline) -> None:
    text = "Estonia said on Friday it would send two warships to the disputed islands."
    send = _by(pipeline, text, "send")
    assert send and send[0].root == "13"


def test_conditioned_posture_stays_a_threat(pipeline: Pipeline) -> None:
    text = "Moscow said it would test a new missile only if Washington tested one first."
    test = _by(pipeline, text, "test")
    assert test and test[0].root == "13"
    assert announced_posture.ANNOUNCED_POSTURE not in test[0].evidence.steps


# -- rows (verbs.curated.tsv, rootconf40 block) ----------------------------------------------------------


def test_vessel_rammed_by_a_coast_guard_is_an_assault(pipeline: Pipeline) -> None:
    text = "A Chinese coast guard cutter rammed a Philippine supply boat near the shoal on Saturday."
    rammed = _by(pipeline, text, "rammed")
    assert rammed and rammed[0].root == "18" and rammed[0].evidence.rule == "ne.rootconf40.1"


def test_execution_by_firing_squad_is_one_event(pipeline: Pipeline) -> None:
    text = "Vietnam executed two men by firing squad on Monday for smuggling heroin from Laos."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e.evidence.trigger for e in events] == ["executed"]
    assert events[0].cameo == "175"


def test_hostages_freed_by_special_forces_in_a_raid_are_a_rescue_by_force(pipeline: Pipeline) -> None:
    text = "U.S. special forces freed two Danish engineers in a night raid in northern Mali on Tuesday."
    freed = _by(pipeline, text, "freed")
    assert freed and freed[0].root == "19" and freed[0].evidence.rule == "ne.rootconf40.3"


def test_hostages_freed_by_their_captors_stay_a_release(pipeline: Pipeline) -> None:
    freed = _by(pipeline, "The rebels freed two Danish engineers in northern Mali on Tuesday.", "freed")
    assert freed and freed[0].root == "08"


def test_sanctions_to_be_imposed_stay_a_threat(pipeline: Pipeline) -> None:
    text = "Canada said on Monday it would impose sanctions on three Ruritanian generals."
    impose = _by(pipeline, text, "impose")
    assert impose and impose[0].root == "13"
