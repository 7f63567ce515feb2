"""A bare "the army" is the army the article named before with its country, even where its own sentence
names another country (actors/owned_force.py, issue 10); sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline

_FIGHT = (
    "TRIPOLI, March 4 (Wire) - Fighting between Chad's army and a rebel militia spread to the north on "
    "Wednesday. "
)


def test_the_army_after_a_host_country_is_the_one_named_before(pipeline: Pipeline) -> None:
    text = (
        _FIGHT + "Ghana and Togo have offered to host talks in Accra, and the army said on Thursday it would "
        "send a delegation."
    )
    send = by_trigger(events_of(pipeline, text, "2021-03-04"))["send"][0]
    assert send.source.code == "TCDMIL"


def test_the_army_in_a_clause_about_a_mediator(pipeline: Pipeline) -> None:
    text = _FIGHT + "Talks hosted by Nigeria, which the army has boycotted, resumed on Thursday."
    events = by_trigger(events_of(pipeline, text, "2021-03-04"))
    assert [e.source.code for e in events["boycotted"]] == ["TCDMIL"]


def test_an_army_with_a_party_of_its_own_keeps_it(pipeline: Pipeline) -> None:
    text = _FIGHT + "Niger's army said on Thursday it would send troops to the border."
    send = by_trigger(events_of(pipeline, text, "2021-03-04"))["send"][0]
    assert send.source.country == "NER"


def test_no_owned_mention_leaves_the_sentence_to_place_it(pipeline: Pipeline) -> None:
    text = (
        "TRIPOLI, March 4 (Wire) - Rebels attacked a town in the north of Chad on Wednesday. "
        "In Niger the army said on Thursday it would send troops to the border."
    )
    send = by_trigger(events_of(pipeline, text, "2021-03-04"))["send"][0]
    assert send.source.country == "NER"
