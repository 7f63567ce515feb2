"""Acts of force on an international body's posts target the country hosting the post
(coding/hosted_posts.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.hosted_posts import HOSTED_POST
from newsevents.pipeline import Pipeline


def test_shells_on_a_un_depot_at_a_town_target_its_country(pipeline: Pipeline) -> None:
    text = "KINSHASA, May 9 (Wire) - Rwandan mortar rounds struck a U.N. depot at Bunia on Sunday."
    events = events_of(pipeline, text, "2021-05-10")
    struck = by_trigger(events)["struck"][0]
    assert struck.source.country == "RWA"
    assert struck.target is not None and struck.target.country == "COD"
    assert HOSTED_POST in struck.evidence.steps
    assert len(events) == 1


def test_a_post_placed_in_a_region_takes_the_region_country(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT, May 9 (Wire) - Syrian artillery shelled a United Nations camp in southern Lebanon on Sunday."
    )
    shelled = by_trigger(events_of(pipeline, text, "2021-05-10"))["shelled"][0]
    assert shelled.source.country == "SYR"
    assert shelled.target is not None and shelled.target.country == "LBN"
    assert HOSTED_POST in shelled.evidence.steps


def test_a_post_placed_nowhere_keeps_its_body(pipeline: Pipeline) -> None:
    text = "Syrian artillery shelled a United Nations camp on Sunday, the spokesman said."
    for event in events_of(pipeline, text, "2021-05-10"):
        assert HOSTED_POST not in event.evidence.steps


def test_peacekeepers_are_no_post(pipeline: Pipeline) -> None:
    text = "BEIRUT, May 9 (Wire) - Syrian artillery shelled U.N. peacekeepers in southern Lebanon on Sunday."
    for event in events_of(pipeline, text, "2021-05-10"):
        assert HOSTED_POST not in event.evidence.steps
