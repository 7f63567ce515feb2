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
