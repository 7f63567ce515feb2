"""People a state frees who name no country, placed only by a third country's dateline, are the state's
own people (coding/freed_own.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.coding.freed_own import FREED_OWN
from newsevents.pipeline import Pipeline


def test_prisoners_freed_under_a_neighbour_s_dateline(pipeline: Pipeline) -> None:
    text = (
        "RIGA, June 21 (Wire) - Belarus freed the jailed blogger Pavel Ivanov and eight other prisoners on "
        "Saturday after talks in Minsk. The prisoners were driven across the border to Latvia."
    )
    freed = by_trigger(events_of(pipeline, text, "2024-06-22"))["freed"][0]
    assert freed.source.country == "BLR"
    assert freed.target is not None and freed.target.country == "BLR"
    assert FREED_OWN in freed.evidence.steps


def test_the_dateline_s_own_people_named_stay_theirs(pipeline: Pipeline) -> None:
    text = (
        "RIGA, June 21 (Wire) - Belarus freed three Latvian truck drivers on Saturday. "
        "Latvia welcomed the release."
    )
    freed = by_trigger(events_of(pipeline, text, "2024-06-22"))["freed"][0]
    assert freed.target is not None and freed.target.country == "LVA"
    assert FREED_OWN not in freed.evidence.steps


def test_a_release_filed_from_the_releasing_state_is_left_alone(pipeline: Pipeline) -> None:
    text = (
        "MINSK, June 21 (Wire) - Belarus freed the jailed blogger Pavel Ivanov on Saturday. "
        "His lawyer said he was in good health."
    )
    events = events_of(pipeline, text, "2024-06-22")
    assert all(FREED_OWN not in e.evidence.steps for e in events)
