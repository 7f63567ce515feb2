"""Shapes found by the fifth twin probe set ptwin5 (reports in the tuning half's shape, issue 10): "called
for X to be done" with an act no row codes is still an appeal, an appeal not specified (coding/called_for.py);
an amount suspended, frozen, withheld or halted "in aid" stops aid (verbs.curated.tsv ne.ptwin5.1-4).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.called_for import CALLED_FOR
from newsevents.pipeline import Pipeline

# A Wednesday.
DAY = "2011-05-04"


@pytest.mark.parametrize(
    "text",
    [
        "Norway called for the constitutional order in Paraguay to be respected.",
        "Norway called for the election results in Paraguay to be published.",
    ],
)
def test_a_call_for_an_uncoded_act_to_be_done_is_an_appeal(pipeline: Pipeline, text: str) -> None:
    appeals = [e for e in events_of(pipeline, text, DAY) if e.source.country == "NOR"]
    assert [e.cameo for e in appeals] == ["020"], [(e.cameo, e.evidence.steps) for e in appeals]
    assert CALLED_FOR in appeals[0].evidence.steps


def test_a_call_with_no_clause_asks_nothing_of_the_kind(pipeline: Pipeline) -> None:
    """No "for ... to" clause: "called" stays a judgement, and no appeal is made of it."""
    events = events_of(pipeline, "Norway called the vote in Paraguay a farce.", DAY)
    assert all(CALLED_FOR not in e.evidence.steps for e in events)


@pytest.mark.parametrize("verb", ["suspended", "froze", "withheld", "halted"])
def test_an_amount_stopped_in_aid_stops_aid(pipeline: Pipeline, verb: str) -> None:
    text = f"Japan {verb} 300 million dollars in aid to Laos on Tuesday."
    codes = {(e.cameo, e.target.country if e.target else None) for e in events_of(pipeline, text, DAY)}
    assert ("162", "LAO") in codes
