"""Troops deployed or withdrawn, in an agentless passive told by another state, are their own state's act
(issue 10, helper pnow; ``coding/speaker_state.py``): the teller is not the one who sends them. Every
sentence is invented."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2021-06-15"


def test_deployed_troops_are_their_own_states(pipeline: Pipeline) -> None:
    text = "Chile's defence ministry said on Monday that Bolivian soldiers had been deployed to the border."
    events = coded(pipeline, text, _DAY)
    assert [s for code, s, _t in events if code[:2] == "15"] == ["BOL"], events


def test_released_foreigners_stay_the_tellers_act(pipeline: Pipeline) -> None:
    text = "Two Chilean sailors were released on Monday, the Peruvian navy said."
    events = coded(pipeline, text, _DAY)
    assert [(s, t) for code, s, t in events if code[:2] == "08"] == [("PER", "CHL")], events
