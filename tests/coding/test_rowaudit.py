"""Generic verbs that coded regardless of their object (the rowaudit rows), a meeting told something (the
audience), and a toll counted "since" a day (modality:since-toll). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.rules import RULES
from newsevents.coding.since_toll import SINCE_TOLL
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2023-03-14"
DATELINE = "LIMA, March 13 (Wire) - "


def _brief(events: list) -> list:
    return [(e.cameo, e.source.country, e.evidence.trigger, e.evidence.rule) for e in events]


def _on(pipeline: Pipeline, sentence: str, trigger: str) -> tuple[list, list]:
    events = events_of(pipeline, DATELINE + sentence, PUBLISHED_ON)
    return [e for e in events if e.evidence.trigger == trigger], events


def test_authorising_a_response_yields_nothing(pipeline: Pipeline) -> None:
    sentence = "The Chilean president authorised a swift response to the floods."
    found, events = _on(pipeline, sentence, "authorised")
    assert not found, _brief(events)


def test_troops_authorised_to_act_yield_nothing(pipeline: Pipeline) -> None:
    found, events = _on(
        pipeline, "Peru's defence minister authorised soldiers in the south to use their weapons against "
        "the rebels.", "authorised",
    )
    assert not [e for e in found if e.cameo == "080"], _brief(events)


def test_a_council_authorising_a_force_keeps_peacekeeping(pipeline: Pipeline) -> None:
    sentence = "The Security Council authorised a peacekeeping force for Haiti."
    found, events = _on(pipeline, sentence, "authorised")
    assert [e.cameo for e in found] == ["074"], _brief(events)


def test_a_protest_allowed_is_no_yielding(pipeline: Pipeline) -> None:
    found, events = _on(
        pipeline, "Norwegian police allowed a rally outside the Iranian embassy on Friday.", "allowed"
    )
    assert not found, _brief(events)


def test_a_party_allowed_to_hold_a_rally_is_a_concession(pipeline: Pipeline) -> None:
    sentence = "The interior minister allowed the opposition leader to hold a rally in the capital."
    found, events = _on(pipeline, sentence, "allowed")
    assert [e.cameo for e in found] == ["080"], _brief(events)


def test_inspectors_allowed_in_stay_a_yielding(pipeline: Pipeline) -> None:
    found, events = _on(pipeline, "Bolivia said it would allow inspectors into the country.", "allow")
    assert found, _brief(events)


def test_respecting_sovereignty_is_no_praise(pipeline: Pipeline) -> None:
    found, events = _on(pipeline, "Chile said it respected the sovereignty of Peru.", "respected")
    assert not [e for e in found if e.cameo == "051"], _brief(events)


def test_a_truce_to_be_respected_stays_an_intent(pipeline: Pipeline) -> None:
    found, events = _on(pipeline, "The rebels said they would respect the truce with Colombia.", "respect")
    assert [e.cameo for e in found] == ["032"], _brief(events)


def test_a_meeting_told_something_is_the_audience(pipeline: Pipeline) -> None:
    found, events = _on(
        pipeline, "The minister told a cabinet meeting that Peru would not pay the debt.", "meeting"
    )
    assert not found, _brief(events)


def test_a_toll_since_an_event_is_no_killing(pipeline: Pipeline) -> None:
    for sentence in (
        "At least forty people have been killed since the election, the human rights group said.",
        "Dozens of policemen have been killed since the rebellion began in June.",
    ):
        found, events = _on(pipeline, sentence, "killed")
        assert not found, _brief(events)
    assert SINCE_TOLL in RULES


def test_a_killing_since_with_an_agent_stays(pipeline: Pipeline) -> None:
    for sentence in (
        "Nine protesters have been killed by police since Friday.",
        "Police have killed nine protesters since Friday, the group said.",
    ):
        found, events = _on(pipeline, sentence, "killed")
        assert found, _brief(events)


def test_things_told_as_damaged_are_a_toll(pipeline: Pipeline) -> None:
    sentence = "Several houses were damaged and three people were hurt, the governor said."
    found, events = _on(pipeline, sentence, "damaged")
    assert not found, _brief(events)
    sentence = "Peruvian warships damaged two Chilean patrol boats in an exchange of fire."
    found, events = _on(pipeline, sentence, "damaged")
    assert found, _brief(events)
