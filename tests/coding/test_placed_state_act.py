"""Agentless state acts told with the place they were done in are that place's state's acts
(coding/placed_state_act.py), on sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.placed_state_act import PLACED_STATE_ACT
from newsevents.pipeline import Pipeline


def test_reduced_relative_arrest_abroad_is_the_place_s_state(pipeline: Pipeline) -> None:
    text = (
        "LONDON, March 4 (Wire) - Two Britons detained in Iran last week were charged with spying on "
        "Monday, the Foreign Office said."
    )
    detained = by_trigger(events_of(pipeline, text, "2021-03-04"))["detained"][0]
    assert detained.root == "17"
    assert detained.source.country == "IRN"
    assert detained.target is not None and detained.target.country == "GBR"
    assert PLACED_STATE_ACT in detained.evidence.steps


def test_the_patient_s_earlier_detention_places_the_next_act(pipeline: Pipeline) -> None:
    text = (
        "CANBERRA, March 4 (Wire) - Three Australian sailors detained in Indonesia in May were "
        "charged with smuggling on Monday, their lawyer said."
    )
    events = by_trigger(events_of(pipeline, text, "2021-03-04"))
    charged = events["charged"][0]
    assert charged.source.country == "IDN"
    assert charged.target is not None and charged.target.country == "AUS"


def test_no_place_keeps_the_story_s_country(pipeline: Pipeline) -> None:
    text = (
        "LONDON, March 4 (Wire) - Two Britons detained last week were charged with spying on Monday, "
        "the Foreign Office said."
    )
    detained = by_trigger(events_of(pipeline, text, "2021-03-04")).get("detained", [])
    assert all(PLACED_STATE_ACT not in e.evidence.steps for e in detained)


def test_a_place_deep_in_the_phrase_and_a_conjunct_sharing_it(pipeline: Pipeline) -> None:
    text = (
        "LONDON, March 4 (Wire) - The reporter, a British resident, was arrested in September near a "
        "military site south of Baghdad and sentenced to death last week."
    )
    events = by_trigger(events_of(pipeline, text, "2021-03-04"))
    for trigger in ("arrested", "sentenced"):
        assert events[trigger][0].source.country == "IRQ"
        assert PLACED_STATE_ACT in events[trigger][0].evidence.steps
