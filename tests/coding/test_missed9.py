"""Events the coder did not see at all (thirty-seventh round, missed9), on sentences written for these
tests: the members a group of no name lists as its doers (actors/included.py), aid and forces sent in an
agentless passive (coding/sent_passive.py), and a ban an accord makes that stays the agreement's content
(coding/signed_act.py)."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding import sent_passive, signed_act
from newsevents.pipeline import Pipeline
from newsevents.records import Event

PUBLISHED_ON = "2021-03-04"


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return events_of(pipeline, text, PUBLISHED_ON)


def _pairs(events: list[Event], trigger: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country, e.target.country if e.target else None)
        for e in events
        if e.evidence.trigger == trigger
    }


# -- the members a group of no name lists are its doers (actors/included.py) -----------------------------


def test_states_including_two_named_each_recall(pipeline: Pipeline) -> None:
    text = "Some thirty states, including Kenya and Ghana, recalled their ambassadors from Togo on Friday."
    assert {s for s, _ in _pairs(_events(pipeline, text), "recalled")} == {"KEN", "GHA"}


def test_states_among_them_two_named_each_act(pipeline: Pipeline) -> None:
    text = "Several states, among them Estonia and Latvia, recalled their ambassadors from Minsk on Friday."
    sources = {s for s, _ in _pairs(_events(pipeline, text), "recalled")}
    assert sources == {"EST", "LVA"}


def test_a_list_in_the_object_place_is_not_a_doer(pipeline: Pipeline) -> None:
    text = "Peru imposed sanctions on Monday on ten firms, including two from Chile."
    assert all(e.source.country == "PER" for e in _events(pipeline, text))


# -- aid and forces sent in an agentless passive are their owner's (coding/sent_passive.py) --------------


def test_owned_tanks_delivered_are_the_owners_aid(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Norway's howitzers have been delivered to Ukraine, the minister said.")
    delivered = [e for e in events if e.evidence.trigger == "delivered"]
    assert delivered and delivered[0].source.country == "NOR" and delivered[0].target is not None
    assert delivered[0].target.country == "UKR"
    assert sent_passive.SENT_PASSIVE in delivered[0].evidence.steps


def test_warships_of_a_nationality_sent_are_that_states_deployment(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Two Italian frigates were sent to the coast of Libya on Tuesday.")
    assert _pairs(events, "sent") == {("ITA", "LBY")}


def test_things_of_no_owner_sent_make_no_event(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The blankets were delivered to the camp on Tuesday.")
    assert not [e for e in events if e.evidence.trigger == "delivered"]


# -- a ban an accord makes is its content, not an act of force (coding/signed_act.py) ---------------------


def test_treaty_banning_weapons_stays_the_agreement(pipeline: Pipeline) -> None:
    text = "Chile and Peru signed a treaty on Monday banning anti-personnel mines along their border."
    events = _events(pipeline, text)
    assert any(e.evidence.trigger == "signed" and e.root == "05" for e in events)
    assert not any(signed_act.SIGNED_ACT in e.evidence.steps for e in events)
