"""An appeal or demand made to a body of no state that it take a measure against a state is aimed at that
state, the body being only the forum; an appeal to a body that names no state keeps the body. Sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.body_appeal import BODY_APPEAL
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-05-06"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [
        (
            e.cameo[:2],
            e.source.country,
            e.target.country if e.target else None,
            BODY_APPEAL in e.evidence.steps,
        )
        for e in events_of(pipeline, text, PUBLISHED_ON)
    ]


def test_an_embargo_asked_of_the_council_aims_at_the_state_it_falls_on(pipeline: Pipeline) -> None:
    text = "LIMA, May 5 (Wire) - Peru urged the Security Council on Wednesday to impose sanctions on Ecuador."
    assert _coded(pipeline, text) == [("02", "PER", "ECU", True)]


def test_an_order_asked_of_a_world_court_aims_at_the_state_to_be_ordered(pipeline: Pipeline) -> None:
    text = (
        "QUITO, May 5 (Wire) - Ecuador's foreign minister met his Brazilian counterpart on Tuesday. On "
        "Wednesday Ecuador asked the International Court of Justice to order Peru to halt the dredging."
    )
    assert [c for c in _coded(pipeline, text) if c[0] == "02"] == [("02", "ECU", "PER", True)]


def test_a_condemnation_asked_of_the_council_aims_at_the_state_it_condemns(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, May 5 (Wire) - Chile, which met Argentina's foreign minister on Tuesday, called on the "
        "council on Wednesday to condemn Bolivia's incursion."
    )
    assert [c for c in _coded(pipeline, text) if c[0] == "02"] == [("02", "CHL", "BOL", True)]


def test_an_appeal_to_the_council_naming_no_state_keeps_the_council(pipeline: Pipeline) -> None:
    text = "CAIRO, May 5 (Wire) - Egypt asked the Security Council on Wednesday to meet."
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert [(e.cameo[:2], e.source.country, BODY_APPEAL in e.evidence.steps) for e in events] == [
        ("02", "EGY", False)
    ]
