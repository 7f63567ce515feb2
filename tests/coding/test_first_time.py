"""An act told again as a record broken ("..., the first time it has attacked a neighbour", "in the first
assault the alliance has mounted"): the relative clause folds into the main act (select:first-time); a
relative clause on another noun, or one that names another foreign target, stays its own event.
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.first_time import FIRST_TIME
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def _brief(events: list) -> list:
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None, e.evidence.trigger)
        for e in events
    ]


def test_the_first_time_clause_is_the_main_act(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON, March 8 (Wire) - The United States on Monday designated Venezuela's national guard a "
        "terrorist organisation, the first time Washington has given the label to a neighbour's army."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert len(events) == 1, _brief(events)
    assert FIRST_TIME in events[0].evidence.steps


def test_a_ranked_noun_of_the_act_is_the_main_act(pipeline: Pipeline) -> None:
    text = (
        "ANKARA, March 8 (Wire) - Turkish jets pounded Syrian army barracks again on Monday night, in the "
        "first assault Ankara has ever mounted on a neighbour."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.cameo.startswith(("18", "19"))]
    assert len(events) == 1, _brief(events)
    assert FIRST_TIME in events[0].evidence.steps


def test_a_clause_on_another_noun_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 8 (Wire) - Norway on Monday expelled three Russian diplomats, the men Oslo accused "
        "of spying."
    )
    events = events_of(pipeline, text, PUBLISHED_ON)
    assert all(FIRST_TIME not in e.evidence.steps for e in events), _brief(events)
