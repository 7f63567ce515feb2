"""A date in a "since" clause or phrase dates the earlier act the span is reckoned from, not the
sentence's event (issue 10, helper pnow, probe set ``pnow``; ``newsevents.sincedate``). Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "root"), [
    ("LIMA, Oct 9 (Wire) - Chile's president, on his first visit since taking office in March, met Peru's "
     "president on Thursday.", "04"),
    ("QUITO, Oct 9 (Wire) - Colombia's foreign minister, attending her first summit since Colombia joined "
     "the forum in May, met Ecuador's president.", "04"),
])
def test_since_clause_date_is_not_the_events(pipeline: Pipeline, text: str, root: str) -> None:
    events = [e for e in events_of(pipeline, text, "2023-10-09") if e.root == root]
    assert events, "the meeting is coded"
    assert all(e.date is not None and e.date.startswith("2023-10") for e in events), [e.date for e in events]


def test_date_of_the_events_own_clause_stays(pipeline: Pipeline) -> None:
    text = "QUITO, Oct 9 (Wire) - Colombia's foreign minister met Ecuador's president in May."
    events = [e for e in events_of(pipeline, text, "2023-10-09") if e.root == "04"]
    assert [e.date for e in events] == ["2023-05"]
