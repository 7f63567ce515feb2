"""People seized with nobody named, in a story of a kidnapping, are abducted (181), not arrested by the
story's police (coding/captive_taken.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.captive_taken import ARMED_CAPTORS, CAPTIVE_TAKEN
from newsevents.pipeline import Pipeline


def test_workers_seized_at_a_named_place_with_kidnappers_told(pipeline: Pipeline) -> None:
    text = (
        "LAGOS, March 4 (Wire) - Four Italian aid workers were seized from their compound in northern "
        "Nigeria on Tuesday, police said. The kidnappers have asked for a ransom."
    )
    seized = by_trigger(events_of(pipeline, text, "2020-03-04"))["seized"][0]
    assert seized.cameo == "181"
    assert seized.target is not None and seized.target.country == "ITA"
    assert CAPTIVE_TAKEN in seized.evidence.steps


def test_people_seized_with_no_place_in_a_hostage_story(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 2 (Wire) - The engineers were seized on Sunday, a local official said. "
        "Their captors have released a video of the hostages."
    )
    seized = by_trigger(events_of(pipeline, text, "2021-05-02"))["seized"][0]
    assert seized.cameo == "181"
    assert seized.source.role is None


def test_people_seized_with_no_kidnapping_told_stay_an_arrest(pipeline: Pipeline) -> None:
    text = (
        "LAGOS, March 4 (Wire) - Four Italian aid workers were seized from their compound in northern "
        "Nigeria on Tuesday, police said."
    )
    seized = by_trigger(events_of(pipeline, text, "2020-03-04"))["seized"][0]
    assert seized.cameo != "181"
    assert CAPTIVE_TAKEN not in seized.evidence.steps


def test_people_seized_by_an_armed_group_are_abducted(pipeline: Pipeline) -> None:
    """An armed group's seizing of people told in a conjunct or a participle, where no row reads the doer's
    words, is an abduction by the group's resolved kind (ARMED_CAPTORS)."""
    text = (
        "Peruvian rebels crossed into Chile on Sunday, killed two soldiers and seized a third, Corporal "
        "Ana Ruiz."
    )
    seized = by_trigger(events_of(pipeline, text, "2021-03-10"))["seized"][0]
    assert seized.cameo == "181"
    assert ARMED_CAPTORS in seized.evidence.steps
    text = "The Shining Path released 45 Chilean peacekeepers on Thursday, two weeks after seizing them."
    seized = by_trigger(events_of(pipeline, text, "2021-03-10"))["seizing"][0]
    assert (seized.cameo, seized.target.country if seized.target else None) == ("181", "CHL")


def test_ground_seized_by_an_armed_group_and_people_seized_by_police_stay(pipeline: Pipeline) -> None:
    text = "The Shining Path said it had seized the barracks."
    events = by_trigger(events_of(pipeline, text, "2021-03-10"))
    assert events["seized"][0].cameo != "181"
    text = "Chilean police seized two Peruvian smugglers."
    events = by_trigger(events_of(pipeline, text, "2021-03-10"))
    assert [e.cameo for e in events["seized"]] == ["173"]
    assert ARMED_CAPTORS not in events["seized"][0].evidence.steps
