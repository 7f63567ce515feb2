"""Injuries told with nobody hurting ("two people were hurt") are a toll, no act of a party; an injury
with its doer or with the attack or fight named in its clause stays. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def test_a_bare_injury_is_no_event(pipeline: Pipeline) -> None:
    for text in (
        "LIMA, March 8 (Wire) - Two people were hurt on Monday, the mayor of the border town said.",
        "LIMA, March 8 (Wire) - A boy was badly wounded in the capital on Monday, the police said.",
        "LIMA, March 8 (Wire) - Four people were injured near the border on Monday, the governor said.",
    ):
        assert events_of(pipeline, text, PUBLISHED_ON) == []


def test_an_injury_with_its_doer_stays(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Two Chilean fishermen were wounded by Peruvian troops on Monday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("180", "PER", "CHL")]


def test_an_injury_in_a_named_fight_stays(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Two Chilean fishermen were hurt in clashes with Peruvian troops on Monday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [(e.cameo[:2], e.target.country) for e in events] == [("18", "CHL")]


def test_an_active_injury_stays(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Peruvian soldiers wounded two Chilean fishermen on Monday."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("180", "PER", "CHL")]
