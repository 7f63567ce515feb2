"""Troops authorised to open fire are a show of force (150), not a yielding (ph.authorise.1, 080); a council
authorising peacekeepers and a legislature the use of force keep their own rows; someone who spied for a
state made no inquiry (verbs.curated.tsv, ne.roots4.*). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "found"), [
    ("The Chilean president authorised soldiers to open fire on looters.", [("150", "CHL")]),
    ("The Security Council authorised a peacekeeping force for Haiti on Monday.", [("074", None)]),
    ("The Chilean Congress authorised the use of force against the rebels.", [("154", "CHL")]),
])  # fmt: skip
def test_roots4_authorise(pipeline: Pipeline, text: str, found: list[tuple[str, str | None]]) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert [(e.cameo, e.source.country) for e in events] == found


def test_spied_for_is_no_inquiry(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Police arrested an engineer who had spied for Russia.", "2021-03-10")
    assert [e.cameo for e in events] == ["173"]
