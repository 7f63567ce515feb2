"""A cooperative act under a modal of ability or duty ("could", "can", "must") tells no intention, and a
modal before the perfect ("may have attacked") guesses at the past: neither is coded
(coding/unmeant_modal.py). A possible decision ("might lift"), a warning ("warned it could cut") and a
future ("would return") keep their intent or threat. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.rules import RULES
from newsevents.coding.unmeant_modal import UNMEANT_MODAL
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _codes(pipeline: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in events_of(pipeline, text, PUBLISHED_ON)]


def test_an_ability_is_no_intent(pipeline: Pipeline) -> None:
    text = "QUITO, May 5 (Wire) - Ecuador said its army could restore order without help from Colombia."
    assert _codes(pipeline, text) == []


def test_what_another_party_could_do_is_no_intent(pipeline: Pipeline) -> None:
    text = "QUITO, May 5 (Wire) - Ecuador's defence minister said Colombia could help patrol the border."
    assert _codes(pipeline, text) == []


def test_a_duty_is_no_intent(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - The border accord with Chile must still be ratified by Peru's congress."
    assert _codes(pipeline, text) == []


def test_a_guess_about_the_past_is_no_threat(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Peruvian officials said Chilean troops may have attacked the village."
    assert _codes(pipeline, text) == []


def test_a_possible_decision_keeps_its_intent(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Bolivia said it might lift its sanctions on Paraguay."
    assert _codes(pipeline, text) == ["0354"]


def test_a_warning_of_what_it_could_do_stays_a_threat(pipeline: Pipeline) -> None:
    text = "ACCRA, May 5 (Wire) - Ghana warned that it could cut electricity exports to Togo."
    assert [c[:2] for c in _codes(pipeline, text)] == ["13"]


def test_a_future_keeps_its_intent(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Peru said it would return the fishing boats to Chile."
    assert _codes(pipeline, text) == ["0353"]


def test_the_rule_is_catalogued() -> None:
    assert UNMEANT_MODAL in RULES
