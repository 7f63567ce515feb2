"""Diplomatic ties restored or established in a passive with no agent are an act of the pair their
subject's "between X and Y" names (coding/ties_between.py, source:ties-between); a state of the ties
("strained") is no act. Also the pconsul verb rows: credentials presented (050) and forces ringing an
embassy (150). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.ties_between import TIES_BETWEEN
from newsevents.pipeline import Pipeline


def test_relations_restored_between_two_states_are_their_act(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 3 (Wire) - Diplomatic relations between Norway and Chile were restored on Tuesday "
        "after a decade."
    )
    restored = by_trigger(events_of(pipeline, text, "2020-03-03"))["restored"][0]
    assert restored.root == "05"
    assert {restored.source.country, restored.target.country if restored.target else None} == {"NOR", "CHL"}
    assert TIES_BETWEEN in restored.evidence.steps


def test_strained_relations_are_no_act_of_the_pair(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 3 (Wire) - Relations between Norway and Chile have been strained since a trade row "
        "last year."
    )
    events = events_of(pipeline, text, "2020-03-03")
    assert not any(TIES_BETWEEN in e.evidence.steps for e in events)


def test_credentials_presented_and_an_embassy_ringed_by_troops(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, March 3 (Wire) - Norway's new ambassador presented his credentials to President Boric "
        "on Tuesday. A day later, Chilean soldiers surrounded the Norwegian embassy."
    )
    events = by_trigger(events_of(pipeline, text, "2020-03-03"))
    presented, surrounded = events["presented"][0], events["surrounded"][0]
    assert presented.root == "05" and presented.target is not None and presented.target.country == "CHL"
    assert surrounded.root == "15" and surrounded.source.country == "CHL"
    assert surrounded.target is not None and surrounded.target.country == "NOR"


def test_people_stopped_or_prevented_from_leaving_have_their_movement_restricted(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 3 (Wire) - Chile barred all Norwegians from leaving on Tuesday, and Norway answered by "
        "stopping Chilean embassy staff from leaving. Peru later prevented Chilean diplomats from entering."
    )
    events = by_trigger(events_of(pipeline, text, "2020-03-03"))
    stopping, prevented = events["stopping"][0], events["prevented"][0]
    assert stopping.cameo == "172" and stopping.source.country == "NOR"
    assert stopping.target is not None and stopping.target.country == "CHL"
    assert prevented.cameo == "172" and prevented.source.country == "PER"
