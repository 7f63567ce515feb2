"""Sendings of forces or arms give way to the act of force they were sent for, as a visit gives way to
what it was made for (coding/journeys.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.coding.journeys import PURPOSE_OF_SENDING, journey_words
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline


def test_jets_sent_to_strike_are_the_strike(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Laos sent fighter jets to strike Thai border posts on Sunday.", "2024-02-12")
    assert [(c[0][:2], c[1], c[2]) for c in found] == [("19", "LAO", "THA")]


def test_arms_sent_to_help_stay_military_aid(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Iran sent rifles to Yemen to help the Houthis.", "2024-02-12")
    assert [(c[0], c[1], c[2]) for c in found] == [("072", "IRN", "YEM")]


def test_a_visit_still_gives_way_to_its_purpose(pipeline: Pipeline) -> None:
    text = "Japanese police arrived in Manila on Monday to help Philippine investigators."
    assert [c[0][:2] for c in coded(pipeline, text, "2024-02-12")] == ["07"]


def test_the_rule_is_in_the_catalogue() -> None:
    assert PURPOSE_OF_SENDING in {r.step for r in RULES.values()}


def test_an_order_to_use_force_is_no_sending(pipeline: Pipeline) -> None:
    # what a leader orders troops to do is not told as done: the order stays (no act of force, 19)
    found = coded(pipeline, "Noboa ordered the armed forces to neutralise the gangs.", "2024-02-12")
    assert found and all(c[0][:2] != "19" for c in found)


def test_the_sending_verbs_are_read_from_the_data_file() -> None:
    words = journey_words()
    assert "send" in words.sending_verbs and "order" not in words.sending_verbs
