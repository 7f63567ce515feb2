"""Peacekeepers landing in a place are peacekeeping (074), also when their phrase names the force or
troops they are, which the deployment rows of "force" and "troops" (154) would otherwise take
(verbs.curated.tsv, ne.land.w2tune*). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "found"), [
    ("The first Kenyan peacekeepers of a U.N. force landed in Juba on Tuesday.",
     [("074", "KEN", "SSD")]),
    ("Ghanaian peacekeeping troops landed in Monrovia on Tuesday.", [("074", "GHA", "LBR")]),
    # troops with no word of peacekeeping stay a deployment
    ("Kenyan troops landed in Juba on Tuesday.", [("154", "KEN", "SSD")]),
])  # fmt: skip
def test_peacekeepers_landing(pipeline: Pipeline, text: str, found: list[tuple[str, str, str]]) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == found
