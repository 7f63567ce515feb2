"""The offence a court or a prosecutor acts on (modality:legal-ground): a gerund hung by "of", "with" or
"for" from a verb of legal action is the ground of that act, no event of its own; the legal act stays, and
a political accusation keeps the deed it names. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.legal_ground import LEGAL_GROUND
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2024-05-14"
DATELINE = "OSLO, May 13 (Wire) - "


def _brief(events: list) -> list:
    return [(e.cameo, e.source.country, e.evidence.trigger, e.evidence.rule) for e in events]


def _on(pipeline: Pipeline, sentence: str, trigger: str) -> tuple[list, list]:
    events = events_of(pipeline, DATELINE + sentence, PUBLISHED_ON)
    return [e for e in events if e.evidence.trigger == trigger], events


def test_the_rule_is_declared() -> None:
    assert LEGAL_GROUND in RULES


def test_a_charge_with_a_bombing_codes_no_bombing(pipeline: Pipeline) -> None:
    sentence = (
        "Norwegian and Danish prosecutors charged two Iranian agents on Monday with planting the bomb that "
        "wrecked a ferry in 1996."
    )
    found, events = _on(pipeline, sentence, "planting")
    assert not found, _brief(events)


def test_a_conviction_for_murdering_codes_no_killing(pipeline: Pipeline) -> None:
    sentence = (
        "Judges in Oslo convicted a Syrian intelligence officer on Monday of murdering nine refugees in "
        "a camp in Lebanon."
    )
    found, events = _on(pipeline, sentence, "murdering")
    assert not found, _brief(events)


def test_a_sentence_for_spying_codes_no_spying(pipeline: Pipeline) -> None:
    sentence = "A court in Minsk jailed a Norwegian businessman for ten years for spying on the army."
    found, events = _on(pipeline, sentence, "spying")
    assert not found, _brief(events)


def test_an_accusation_keeps_the_deed_it_names(pipeline: Pipeline) -> None:
    sentence = "Norway accused Russian troops on Monday of shelling a Norwegian aid convoy near Kharkiv."
    found, events = _on(pipeline, sentence, "shelling")
    assert found, _brief(events)

