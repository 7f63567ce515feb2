"""A state demanding the release of its own national whom the text places in detention abroad ("an
engineer detained in X") asks the country holding them (coding/held_in.py, read by held_abroad.py), when
the article tells no earlier arrest. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.held_abroad import HELD_ABROAD
from newsevents.pipeline import Pipeline


def test_a_release_asked_for_a_national_detained_abroad_is_aimed_at_the_holder(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 3 (Wire) - Norway has demanded the early release of a Norwegian engineer detained in "
        "Santiago, a government spokesman said on Tuesday."
    )
    demanded = by_trigger(events_of(pipeline, text, "2020-03-03"))["demanded"][0]
    assert demanded.root == "10"
    assert demanded.source.country == "NOR"
    assert demanded.target is not None and demanded.target.country == "CHL"
    assert HELD_ABROAD in demanded.evidence.steps


def test_a_release_asked_for_a_national_held_at_home_stays_home(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 3 (Wire) - Norway's opposition demanded the release of a Norwegian activist detained "
        "in Bergen."
    )
    demanded = by_trigger(events_of(pipeline, text, "2020-03-03"))["demanded"][0]
    assert HELD_ABROAD not in demanded.evidence.steps
