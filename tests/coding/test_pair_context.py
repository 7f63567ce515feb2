"""A pair that agrees to act aims the act at each other, not at a third country the object of the act was
placed in only by the story (the talks' venue or broker); a third country the object names in its own
words stays. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _agreed(pipeline: Pipeline, text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, PUBLISHED_ON)
        if e.cameo.startswith(root)
    ]


def test_ties_a_pair_agrees_to_restore_are_between_them_not_the_broker(pipeline: Pipeline) -> None:
    text = (
        "OSLO, May 5 (Wire) - Peru and Chile agreed on Wednesday to restore diplomatic relations and reopen "
        "embassies within a month, after talks in Oslo brokered by Norway."
    )
    assert _agreed(pipeline, text, "032") == [("PER", "CHL")]


def test_a_pair_agreeing_on_a_ban_of_a_named_country_keeps_that_country(pipeline: Pipeline) -> None:
    text = "BRUSSELS, May 5 (Wire) - Canada and Japan agreed on Wednesday to ban imports of Iranian oil."
    assert _agreed(pipeline, text, "13") == [("CAN", "IRN"), ("JPN", "IRN")]
