"""Passives of force whose "by" phrase names an unnamed person, band or weapon, read as unattributed
(source:unnamed-agent), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding import unnamed_agent
from newsevents.pipeline import Pipeline


def test_killing_by_an_unnamed_bodyguard_is_coded_in_the_place(pipeline: Pipeline) -> None:
    text = "MOMBASA, Kenya - The union leader was shot dead by his driver's bodyguard on Monday."
    shot = by_trigger(events_of(pipeline, text, "2021-06-09"))["shot"][0]
    assert shot.root == "18"
    assert shot.source.country == "KEN"
    assert shot.target is not None and shot.target.country == "KEN"
    assert unnamed_agent.UNNAMED_AGENT in shot.evidence.steps


def test_hostages_taken_by_an_unnamed_group_are_their_countrys(pipeline: Pipeline) -> None:
    text = (
        "OSLO, June 9 (Wire) - Two Norwegian engineers were taken hostage in Mali on Tuesday by a group "
        "that demanded a ransom."
    )
    events = [e for e in events_of(pipeline, text, "2021-06-09") if e.root == "18"]
    assert events and events[0].target is not None and events[0].target.country == "NOR"
    assert unnamed_agent.UNNAMED_AGENT in events[0].evidence.steps


def test_an_abstract_agent_is_no_attacker(pipeline: Pipeline) -> None:
    # "marred by fraud": no person, band or weapon did it.
    text = "YANGON, June 9 (Wire) - The vote was marred by fraud and ballot stuffing, observers said."
    for event in events_of(pipeline, text, "2021-06-09"):
        assert unnamed_agent.UNNAMED_AGENT not in event.evidence.steps


def test_a_named_agent_keeps_its_own_source(pipeline: Pipeline) -> None:
    text = "MOMBASA, Kenya - The union leader was shot dead by Somali gunmen on Monday."
    shot = by_trigger(events_of(pipeline, text, "2021-06-09"))["shot"][0]
    assert shot.source.country == "SOM"
    assert unnamed_agent.UNNAMED_AGENT not in shot.evidence.steps


def test_a_weapon_with_nobody_firing_it_leaves_the_maker_unnamed(pipeline: Pipeline) -> None:
    text = "KANDAHAR, Afghanistan - Two Afghan policemen were killed by a roadside bomb on Friday."
    killed = by_trigger(events_of(pipeline, text, "2021-06-13"))["killed"][0]
    assert killed.root == "18"
    assert killed.target is not None and killed.target.country == "AFG"
    assert unnamed_agent.UNNAMED_AGENT in killed.evidence.steps
