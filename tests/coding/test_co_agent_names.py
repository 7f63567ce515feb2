"""Members of the coordinated subject of a joint attack are never each other's counterpart
(coding/co_agent_names.py, read by targets.nearby_foreign), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def test_the_co_step_name_is_the_declared_one() -> None:
    from newsevents.coding import co_agent_names
    from newsevents.coding.coagents import CO_AGENTS

    assert co_agent_names._CO_AGENTS == CO_AGENTS


def test_joint_attackers_never_aim_at_each_other(pipeline: Pipeline) -> None:
    text = "Chilean and Peruvian jets bombed guerrilla camps near Arica on Monday."
    events = [e for e in events_of(pipeline, text, "2020-03-04") if e.cameo.startswith(("18", "19"))]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in events}
    # (the camps are in Chile: Peru's jets strike Chile's ground, Chile's strike at home, not at Peru)
    assert ("CHL", "PER") not in pairs
    assert {s for s, _t in pairs} == {"CHL", "PER"}


def test_a_reciprocal_fight_keeps_its_pair(pipeline: Pipeline) -> None:
    text = "Chilean and Peruvian troops clashed on the border on Monday."
    events = [e for e in events_of(pipeline, text, "2020-03-04") if e.cameo.startswith("19")]
    assert events and {events[0].source.country, events[0].target.country} == {"CHL", "PER"}
