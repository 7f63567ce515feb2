"""An appeal for calm naming nobody, in a story set in its speaker's country, is made to its own people
(coding/home_calm.py, read by home_story.home_counterpart); sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _appeal_targets(pipeline: Pipeline, text: str, source: str) -> set[str | None]:
    events = events_of(pipeline, text, "2020-03-05")
    return {e.target.country if e.target else None for e in events
            if e.cameo.startswith("02") and e.source.country == source}


def test_a_leader_urging_calm_at_home_speaks_to_his_own_people(pipeline: Pipeline) -> None:
    text = ("QUITO, March 5 (Wire) - Rioters looted shops in Quito on Wednesday. The Canadian embassy said "
            "the vote had been fair. President Lenin Moreno called for calm.")
    assert _appeal_targets(pipeline, text, "ECU") == {"ECU"}


def test_a_foreign_call_for_calm_keeps_the_story_country(pipeline: Pipeline) -> None:
    text = ("QUITO, March 5 (Wire) - Peruvian troops shelled an Ecuadorean border post on Wednesday. Canada "
            "urged calm.")
    assert _appeal_targets(pipeline, text, "CAN") - {None} <= {"PER", "ECU"}
    assert "CAN" not in _appeal_targets(pipeline, text, "CAN")


def test_the_calm_words_load() -> None:
    from newsevents.coding.home_calm import calm_words

    assert "calm" in calm_words().calm_nouns
