"""An envoy summoned or expelled in an agentless passive placed by the arguments stage in the host's
country is acted on by the host's government (coding/envoys.host_government). Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def test_an_envoy_summoned_with_nobody_named_is_summoned_by_the_host_government(pipeline: Pipeline) -> None:
    text = "The Kenyan ambassador was summoned to the ministry in Kampala on Monday over a border raid."
    summons = [e for e in events_of(pipeline, text, "2021-03-05") if e.cameo == "114"]
    assert [(e.source.code, e.target.country if e.target else None) for e in summons] == [("UGAGOV", "KEN")]


def test_a_protester_detained_with_nobody_named_keeps_the_police(pipeline: Pipeline) -> None:
    # (no envoy: the arrest keeps the arm the agentless rules give it)
    text = "A Kenyan student was detained in Kampala on Monday."
    arrests = [e for e in events_of(pipeline, text, "2021-03-05") if e.root == "17"]
    assert all(e.source.role != "GOV" for e in arrests)
