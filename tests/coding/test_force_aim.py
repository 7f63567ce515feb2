"""A show of force whose sentence names the state it faces ("to defend the emirate against X") or the
hostile act of another state it answers ("as X's warships began drills") is aimed at that state, not at
the place or ally its forces are sent to (coding/force_aim.py, target:force-aim); a scene clause that tells
no hostile act leaves the target alone. Sentences written for these tests (issue 10)."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.force_aim import FORCE_AIM, aim_words
from newsevents.pipeline import Pipeline


def test_forces_sent_to_defend_an_ally_against_a_state_face_that_state(pipeline: Pipeline) -> None:
    text = (
        "LONDON, June 2 (Wire) - Britain said on Tuesday it had ordered four Typhoon jets and 300 "
        "soldiers to Qatar to defend the emirate against Iran."
    )
    ordered = by_trigger(events_of(pipeline, text, "2019-06-02"))["ordered"][0]
    assert ordered.root == "15"
    assert ordered.source.country == "GBR"
    assert ordered.target is not None and ordered.target.country == "IRN"
    assert FORCE_AIM in ordered.evidence.steps


def test_ships_sent_to_an_island_as_another_state_drills_there_face_that_state(pipeline: Pipeline) -> None:
    text = (
        "ATHENS, June 5 (Wire) - France sent two frigates and four Rafale jets to Cyprus on Friday as "
        "Turkish warships began live-fire drills off the island."
    )
    sent = by_trigger(events_of(pipeline, text, "2020-06-05"))["sent"][0]
    assert sent.root == "15"
    assert sent.source.country == "FRA"
    assert sent.target is not None and sent.target.country == "TUR"
    assert FORCE_AIM in sent.evidence.steps


def test_a_scene_that_tells_no_hostile_act_leaves_the_destination(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, Feb 11 (Wire) - Kenya sent 500 troops to Somalia on Tuesday, a day after Ethiopia hosted "
        "talks between the clan leaders."
    )
    sent = by_trigger(events_of(pipeline, text, "2014-02-11"))["sent"][0]
    assert sent.target is not None and sent.target.country == "SOM"
    assert FORCE_AIM not in sent.evidence.steps


def test_the_word_table_is_complete() -> None:
    words = aim_words()
    assert "against" in words.facing_prepositions
    assert "after" in words.scene_marks
    assert "18" in words.answered_roots
