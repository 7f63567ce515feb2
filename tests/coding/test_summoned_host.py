"""An envoy summoned or expelled in an agentless passive placed by the arguments stage in the host's
country is acted on by the host's government (coding/envoys.host_government). Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.envoys import host_government
from newsevents.nlp import load
from newsevents.pipeline import Pipeline
from newsevents.records import Actor


def test_an_envoy_summoned_with_nobody_named_is_summoned_by_the_host_government(pipeline: Pipeline) -> None:
    text = "The Kenyan ambassador was summoned to the ministry in Kampala on Monday over a border raid."
    summons = [e for e in events_of(pipeline, text, "2021-03-05") if e.cameo == "114"]
    assert [(e.source.code, e.target.country if e.target else None) for e in summons] == [("UGAGOV", "KEN")]


def test_a_protester_detained_with_nobody_named_keeps_the_police(pipeline: Pipeline) -> None:
    # (no envoy: the arrest keeps the arm the agentless rules give it)
    text = "A Kenyan student was detained in Kampala on Monday."
    arrests = [e for e in events_of(pipeline, text, "2021-03-05") if e.root == "17"]
    assert all(e.source.role != "GOV" for e in arrests)


def test_an_envoy_in_apposition_to_a_dateline_read_as_the_subject_is_still_an_envoy() -> None:
    # (the parser takes the dateline's city for the passive's subject and the envoy for its apposition)
    doc = load()(
        "Lima, Feb 3, Andina -- The Ambassador of Chile to Peru, Jorge Soto, was summoned to the "
        "Foreign Ministry on Monday over remarks at a rally in Lima."
    )
    verb = next(t for t in doc if t.lower_ == "summoned")
    place = Actor(text="", name="Peru", country="PER", role=None, code="PER")
    assert [a.role for a in host_government(verb, "114", [place])] == ["GOV"]
    # an act that is no envoy's keeps the place's country as it was
    assert [a.role for a in host_government(verb, "173", [place])] == [None]
