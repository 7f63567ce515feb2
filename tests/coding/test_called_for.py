"""Appeals told as an infinitive clause (issue 10, helper w2meet; coding/called_for.py): "called for X to
be done" is an appeal coded by the act asked for, and the act is no event. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.called_for import CALLED_FOR
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("Cuba's foreign minister called for the sanctions on the island to be lifted.", "0254", "CUB"),
        ("Norway called for the jailed reporters to be released.", "0253", "NOR"),
        ("The Arab League called for the observers to be allowed to inspect the prisons.", "0255", None),
        ("Brazil called for Venezuela to free the opposition leaders.", "0253", "BRA"),
    ],
)
def test_infinitive_appeal_is_coded_by_what_it_asks(
    pipeline: Pipeline, text: str, code: str, source: str | None
) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert [(e.cameo, e.source.country) for e in events] == [(code, source)], [
        (e.cameo, e.evidence.steps) for e in events
    ]
    assert CALLED_FOR in events[0].evidence.steps


def test_a_call_that_asks_nothing_is_no_appeal(pipeline: Pipeline) -> None:
    """No "for ... to" clause: "called" stays generic (a judgement here), the content stands."""
    events = events_of(pipeline, "Peru called the decision to close the border unacceptable.", "2021-03-10")
    assert all(CALLED_FOR not in e.evidence.steps for e in events)
