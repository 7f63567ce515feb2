"""An unattributed formal protest is lodged by its country's government (coding/official_source.py,
``source:official-act``); an unattributed act of force keeps no role. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def test_summoned_envoy_is_a_government_protest(pipeline: Pipeline) -> None:
    # (an envoy named with the capital he serves in, summoned to "the Ministry": envoys.host_government
    # gives the summons to the government first, and this rule leaves a source that has a role)
    text = "The Peruvian Ambassador in Santiago was summoned to the Ministry on Monday over the remarks."
    events = events_of(pipeline, text, "2021-05-04")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("114", "CHLGOV", "PERGOV")
    ]


def test_protest_with_no_envoy_named_is_the_governments(pipeline: Pipeline) -> None:
    text = "A strong protest was lodged with the Peruvian embassy in Santiago on Monday over the remarks."
    events = events_of(pipeline, text, "2021-05-04")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("114", "CHLGOV", "PERGOV")
    ]
    assert "source:official-act" in events[0].evidence.steps


def test_unattributed_attack_has_no_role(pipeline: Pipeline) -> None:
    text = "SANTIAGO, May 4 (Wire) - A car bomb exploded outside a police station in Valparaiso on Monday."
    events = events_of(pipeline, text, "2021-05-04")
    assert events and all(e.source.role is None for e in events)
    assert all("source:official-act" not in e.evidence.steps for e in events)


def test_unattributed_arrest_placed_in_a_country_is_its_police(pipeline: Pipeline) -> None:
    # (the place names the state; an arrest is its police's, as with no place named: source:state-passive)
    text = "The Zendan dissident Ana Ruiz was arrested in Lima in 2004 and later jailed for ten years."
    events = events_of(pipeline, text, "2021-05-04")
    arrests = [e for e in events if e.cameo.startswith("17")]
    assert arrests and arrests[0].source.code == "PERCOP"
    assert "source:state-arm" in arrests[0].evidence.steps


def test_unattributed_curfew_placed_in_a_country_is_its_government(pipeline: Pipeline) -> None:
    text = "A curfew was imposed in parts of Arequipa on Sunday after two days of rioting."
    events = events_of(pipeline, text, "2021-05-04")
    assert [e.source.code for e in events if e.cameo.startswith("17")] == ["PERGOV"]
