"""A place in a patient's position whose state the article never names is a namesake, not the scene
(issue 10, wrong targets: tgtplace): it gives no target, and the fallbacks read the scene
(coding/namesakes.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _first(pipeline: Pipeline, text: str, trigger: str) -> Event:
    return by_trigger(events_of(pipeline, text, "2008-08-12"))[trigger][0]


def test_a_far_off_namesake_is_no_target(pipeline: Pipeline) -> None:
    # ("Poti" is also a town of Brazil, which the story never names)
    text = (
        "Georgia accused Russia of aggression on Monday. Russian jets bombed the Black Sea harbour of Poti."
    )
    bombed = _first(pipeline, text, "bombed")
    assert bombed.target is not None and bombed.target.country == "GEO"


def test_a_place_of_a_named_state_stays_the_target(pipeline: Pipeline) -> None:
    text = "Lebanon protested to the United Nations on Monday. Israeli gunboats shelled the port of Tyre."
    shelled = _first(pipeline, text, "shelled")
    assert shelled.target is not None and shelled.target.country == "LBN"
    assert "target:place-as-state" in shelled.evidence.steps
