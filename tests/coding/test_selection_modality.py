"""Selection (which clauses tell events, one record per event) and modality (negation, intent, threats),
on sentences written for these tests (issue 10, causes 5 and 6)."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger as _by_trigger
from coding_helpers import events_of

from newsevents.coding import modality, scene, selection
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline
from newsevents.records import Event

PUBLISHED_ON = "2021-03-10"


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return events_of(pipeline, text, PUBLISHED_ON)


# -- clauses and scene phrases ------------------------------------------------------------------------


def test_time_clause_with_its_own_actor_is_an_event(pipeline: Pipeline) -> None:
    text = "Ghana recalled its envoy after Togolese soldiers fired on the crowd."
    events = _by_trigger(_events(pipeline, text))
    assert "recalled" in events and "fired" in events
    assert scene.OWN_CLAUSE in events["fired"][0].evidence.steps
    assert events["fired"][0].source.country == "TGO"


def test_scene_relative_and_actor_relative_are_events(pipeline: Pipeline) -> None:
    text = (
        "Students marched through Minsk on Sunday, a rally during which Belarusian riot police arrested "
        "dozens of them."
    )
    events = _by_trigger(_events(pipeline, text))
    assert "arrested" in events and events["arrested"][0].source.country == "BLR"
    doc = pipeline.nlp("The rebels, who seized the town of Goma last week, said they would withdraw.")
    seized = next(t for t in doc if t.text == "seized")
    assert scene.relative_is_event(seized, set(), frozenset())


def test_relative_describing_its_noun_is_background(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Nairobi condemned the embargo, which Ethiopia imposed on Eritrea last week.")
    imposed = next(t for t in doc if t.text == "imposed")
    assert imposed.dep_ == "relcl"
    assert not scene.relative_is_event(imposed, set(), frozenset())


def test_elaborating_participle_and_event_relative_stay_background(pipeline: Pipeline) -> None:
    events = _by_trigger(
        _events(pipeline, "Chadian troops shelled a rebel base near Abeche, killing twelve fighters.")
    )
    assert "shelled" in events and "killing" not in events
    doc = pipeline.nlp("The attack, which wounded six guards, shocked Nairobi.")
    wounded = next(t for t in doc if t.text == "wounded")
    assert wounded.dep_ == "relcl"
    assert not scene.relative_is_event(wounded, {doc[1].i}, frozenset())


def test_pending_time_clause_is_no_event(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The alliance said the blockade would go on until Tripoli freed the crew.")
    freed = next(t for t in doc if t.text == "freed")
    assert freed.dep_ == "advcl"
    assert not scene.adverbial_is_event(freed, {"until"})
    assert scene.adverbial_is_event(freed, {"after"})


def test_scene_noun_naming_its_parties_is_an_event(pipeline: Pipeline) -> None:
    text = "The accord followed two rounds of talks in Doha between Qatar and Iran."
    talks = [e for e in _events(pipeline, text) if e.evidence.trigger == "talks"]
    assert talks and scene.SCENE_NOUN_PARTIES in talks[0].evidence.steps
    assert {talks[0].source.country, talks[0].target.country if talks[0].target else None} == {"QAT", "IRN"}


# -- one record per event -----------------------------------------------------------------------------


def test_coordinated_sources_of_one_country_are_one_event(pipeline: Pipeline) -> None:
    text = "Peruvian soldiers and police officers raided a rebel camp near Ayacucho."
    raids = [e for e in _events(pipeline, text) if e.evidence.trigger == "raided"]
    assert len(raids) == 1


def test_self_directed_acts_are_no_events(pipeline: Pipeline) -> None:
    text = (
        "The Kenyan foreign minister gave a press briefing in Nairobi. "
        "Argentina's president held a news conference."
    )
    assert _events(pipeline, text) == []


def test_sanctions_answer_the_lead_event(pipeline: Pipeline) -> None:
    text = (
        "Russian troops shelled Kharkiv on Monday. Ukraine recalled its envoy from Minsk. "
        "Washington said it would impose sanctions."
    )
    sanctions = [e for e in _events(pipeline, text) if e.evidence.trigger == "impose"]
    assert sanctions and sanctions[0].target is not None and sanctions[0].target.country == "RUS"
    assert sanctions[0].root == "13"


# -- negation and modality ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from Lima and Quito reached no ceasefire deal on Tuesday.",
        "The talks in Geneva ended without an agreement between Armenia and Azerbaijan.",
    ],
)
def test_denied_acts_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert [e.cameo for e in _events(pipeline, text)] == []


def test_failing_to_agree_is_a_rejection_not_an_agreement(pipeline: Pipeline) -> None:
    # CAMEO codes a failure to reach agreement as a rejection (12); the PLOVER gold agrees.
    events = _events(pipeline, "Chile and Bolivia failed to agree on a new border treaty.")
    assert [e.root for e in events if e.root in ("03", "05", "06")] == []
    assert {e.root for e in events} <= {"12"}


def test_neither_nor_under_would_is_a_refusal(pipeline: Pipeline) -> None:
    text = "Hanoi said on Friday it would neither accept nor honour the arbitration award for Jakarta."
    events = _events(pipeline, text)
    assert [e.root for e in events] == ["12"]
    assert modality.REFUSAL in events[0].evidence.steps


def test_no_longer_negates(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Morocco no longer recognises the government in Tripoli.") == []


def test_is_to_states_a_plan(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Under the accord, Sudanese troops are to withdraw from Abyei.")
    withdraw = [e for e in events if e.evidence.trigger == "withdraw"]
    assert withdraw and withdraw[0].modality == "intended" and withdraw[0].root == "03"
    assert modality.BE_TO in withdraw[0].evidence.steps


def test_deployment_pledged_is_intent_not_threat(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Kenya pledged to send troops to the regional force in Somalia.")
    send = [e for e in events if e.evidence.trigger == "send"]
    assert send and send[0].cameo == "0312" and modality.COMMITMENT in send[0].evidence.steps


def test_announced_deployment_is_a_threat(pipeline: Pipeline) -> None:
    # a specific force posture (154) finds its root's intent row (150 -> 138)
    events = _events(pipeline, "Pyongyang said it would deploy troops to the border with South Korea.")
    deploy = [e for e in events if e.evidence.trigger == "deploy"]
    assert deploy and deploy[0].root == "13"


def test_vote_to_act_enacts_it(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The Security Council voted on Monday to impose sanctions on Eritrea.")
    assert [(e.evidence.trigger, e.root, e.modality) for e in events] == [("impose", "16", "asserted")]


# -- confidence ---------------------------------------------------------------------------------------


def test_rules_are_catalogued() -> None:
    for step in (scene.OWN_CLAUSE, scene.SCENE_NOUN_PARTIES, selection.SELF_DIRECTED, selection.SAME_TRIGGER):
        assert step in RULES
    for step in (modality.NEGATED_OBJECT, modality.FAILED, modality.BE_TO, modality.COMMITMENT):
        assert step in RULES


def test_what_an_elaborating_participle_says_is_background(pipeline: Pipeline) -> None:
    text = "Vienna rejected a request by Minsk for loans, saying it was withholding aid until new elections."
    triggers = {e.evidence.trigger for e in _events(pipeline, text)}
    assert "rejected" in triggers and "withholding" not in triggers


def test_a_noun_restating_an_act_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "Turkish jets bombed Kurdish militant positions in northern Iraq on Monday. "
        "The Turkish air strikes on Iraq killed at least nine fighters, officials said."
    )
    violent = [e for e in _events(pipeline, text) if e.root == "19"]
    assert len(violent) == 1 and selection.RESTATEMENT in violent[0].evidence.steps


def test_two_verbs_of_one_kind_stay_two_acts(pipeline: Pipeline) -> None:
    text = "Beijing halted climate talks with Washington and imposed sanctions on two US senators."
    assert len([e for e in _events(pipeline, text) if e.root == "16"]) == 2
