"""A state named on a noun of force is its military (coding/force_makers.py, ``source:state-force-noun``;
corpus/README.md, roles of the security apparatus; issue 10). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import force_makers
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Ecuadorean shelling hit the Peruvian town of Tumbes on Thursday.", "19", "ECUMIL"),
    ("A Chilean drone strike killed two smugglers in Bolivia on Tuesday.", "19", "CHLMIL"),
    ("Peruvian air strikes destroyed a rebel camp in Ecuador on Monday.", "19", "PERMIL"),
])  # fmt: skip
def test_state_on_force_noun_is_military(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    events = events_of(pipeline, text, "2019-06-14")
    assert [(e.root, e.source.code) for e in events] == [(root, source)]


def test_state_acting_by_a_verb_stays_government(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Peru expelled the Chilean ambassador on Monday.", "2019-06-14")
    assert [(e.root, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("16", "PERGOV", "CHLGOV")
    ]


def test_possessor_of_force_noun_keeps_its_reading(pipeline: Pipeline) -> None:
    # (a possessor is read as the state acting, not by the noun's own modifier)
    text = "Peru's shelling of the rebel camp drew protests from Ecuador."
    events = events_of(pipeline, text, "2019-06-14")
    # (Ecuador's protest is a government's formal complaint, 11: coding/official_protest.py)
    assert [(e.root, e.source.code) for e in events] == [("19", "PERGOV"), ("11", "ECUGOV")]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Peru shelled a rebel camp in Ecuador on Monday.", "shelled", "PERMIL"),
    ("Lima launched an offensive against Ecuador on Monday.", "offensive", "PERMIL"),
])  # fmt: skip
def test_state_named_alone_as_subject_of_force_is_military(
    pipeline: Pipeline, text: str, trigger: str, source: str
) -> None:
    # (source:state-force-subject: a state named by its name or capital on a verb of assault or fighting)
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.evidence.trigger == trigger]
    assert [(e.root, e.source.code, e.target.country if e.target else None) for e in events] == [
        ("19", source, "ECU")
    ]
    assert force_makers.STATE_FORCE_SUBJECT in events[0].evidence.steps


def test_state_named_alone_on_posture_stays_government(pipeline: Pipeline) -> None:
    # (posture, 15: a state that masses or sends troops is its government, as the corpus codes it)
    text = "Peru massed troops on the border with Ecuador on Monday."
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.root == "15"]
    assert events and all(e.source.code == "PERGOV" for e in events)


def test_each_state_of_coordinated_subject_is_military(pipeline: Pipeline) -> None:
    # (the second and third states of a coordinated subject are named alone on the act too)
    text = "Peru, Chile and Bolivia shelled a smugglers' camp on their shared border on Monday."
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.root == "19"]
    assert sorted(e.source.code for e in events) == ["BOLMIL", "CHLMIL", "PERMIL"]


@pytest.mark.parametrize(("text", "source"), [
    ("Peru fired two missiles into the sea off Ecuador on Monday.", "PERMIL"),
    ("Lima launched naval drills off the Chilean coast on Tuesday.", "PERMIL"),
])  # fmt: skip
def test_state_performing_a_show_of_force_is_military(pipeline: Pipeline, text: str, source: str) -> None:
    # (source:state-posture-act: posture its forces perform, missiles fired, drills held)
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.root == "15"]
    assert [e.source.code for e in events] == [source]
    assert force_makers.STATE_POSTURE_ACT in events[0].evidence.steps


def test_state_sending_forces_stays_government(pipeline: Pipeline) -> None:
    # (a state that sends warships commands its forces: corpus/README.md, GOV)
    text = "Peru sent two warships to its maritime border with Chile on Monday."
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.root == "15"]
    assert events and all(e.source.code == "PERGOV" for e in events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Quito accused Lima on Monday of shelling three border villages.", "shelling"),
    ("Ecuador accused Peru of a deliberate attack on its border post.", "attack"),
])  # fmt: skip
def test_state_accused_of_force_is_military(pipeline: Pipeline, text: str, trigger: str) -> None:
    # (the state named alone as the one accused of the act of force is its military)
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.evidence.trigger == trigger]
    assert [e.source.code for e in events] == ["PERMIL"]
