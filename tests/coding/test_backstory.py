"""Acts of a bygone age told as backstory in a clause hung from a noun or from the main act are no
events (select:bygone-backstory); the same act told as the report's own main clause is kept, and so is a
recent act in the same kind of clause. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.backstory import BYGONE_BACKSTORY
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2022-12-21"


def _brief(events: list) -> list:
    return [(e.cameo, e.date, e.source.country, e.evidence.trigger) for e in events]


def test_a_century_old_seizure_in_a_time_clause_is_backstory(pipeline: Pipeline) -> None:
    text = (
        "LISBON, Dec 20 (Wire) - Portugal returned 40 carved masks to Angola on Tuesday, nearly a century "
        "after Portuguese soldiers seized them from a royal compound in 1902."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert not [e for e in events if e.evidence.trigger == "seized"], _brief(events)
    assert BYGONE_BACKSTORY in RULES


def test_a_bygone_act_told_as_the_main_clause_is_kept(pipeline: Pipeline) -> None:
    text = "SANTIAGO, Dec 20 (Wire) - He was jailed for life by a Chilean court in 1951."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.evidence.trigger == "jailed"], _brief(events)


def test_a_recent_act_in_a_time_clause_is_kept(pipeline: Pipeline) -> None:
    text = (
        "LIMA, Dec 20 (Wire) - Peru recalled its ambassador from Quito on Tuesday, a week after Ecuadorean "
        "soldiers seized two Peruvian fishing boats on the river."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.evidence.trigger == "seized"], _brief(events)


def test_an_obligation_still_to_be_met_is_no_event(pipeline: Pipeline) -> None:
    for text in (
        "SANTIAGO, Dec 20 (Wire) - The pact still has to be ratified by the Chilean senate.",
        "SANTIAGO, Dec 20 (Wire) - The Chilean senate will have to ratify the pact with Peru.",
    ):
        events = events_of(pipeline, text, PUBLISHED_ON)
        assert not [e for e in events if e.evidence.trigger.startswith("ratif")], (text, _brief(events))


def test_an_obligation_met_in_the_past_is_an_event(pipeline: Pipeline) -> None:
    text = "SANTIAGO, Dec 20 (Wire) - The Chilean senate had to ratify the pact with Peru on Monday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.evidence.trigger == "ratify"], _brief(events)


def test_a_speakers_obligation_is_still_a_demand(pipeline: Pipeline) -> None:
    text = "LIMA, Dec 20 (Wire) - Peru said on Tuesday that Chile has to withdraw its troops from the border."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e.cameo for e in events] == ["100"], _brief(events)


def test_an_act_set_back_by_a_span_of_decades_is_backstory(pipeline: Pipeline) -> None:
    for text in (
        "LISBON, Dec 20 (Wire) - Spain handed ten paintings to Mexico on Tuesday, more than a century after "
        "French troops seized them from a church in Puebla.",
        "BUDAPEST, Dec 20 (Wire) - Hungary opened a memorial on Tuesday, three decades after Slovak police "
        "arrested twenty Hungarian students at the border.",
        "LIMA, Dec 20 (Wire) - Peru honoured the crew on Tuesday, 40 years after Ecuadorean soldiers "
        "seized their fishing boat.",
    ):
        events = events_of(pipeline, text, PUBLISHED_ON)
        assert not [e for e in events if e.evidence.trigger in ("seized", "arrested")], _brief(events)


def test_an_act_set_back_by_a_short_span_is_kept(pipeline: Pipeline) -> None:
    text = (
        "LIMA, Dec 20 (Wire) - Peru recalled its ambassador from Quito on Tuesday, three years after "
        "Ecuadorean soldiers seized two Peruvian fishing boats on the river."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [e for e in events if e.evidence.trigger == "seized"], _brief(events)
