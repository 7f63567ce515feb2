"""Missed acts found on unseen news (round 34, missed5), on sentences written for these tests: pulling out of
talks (ne.missed5.7-8), an aid body that says "it" suspended its work (coding/aspect_subject.py reads the
speaker's words), and a verb tagged as a participle and read as the adjective of its object after a name
(coding/noun_root.py)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None, e.evidence.trigger)
        for e in events_of(pipeline, text, "2021-03-10")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quitting talks breaks them off, as walking out of them
        ("Armenia pulled out of talks with Azerbaijan on Tuesday.", ("164", "ARM", "AZE", "pulled")),
        # "it" is the charity that said so: the aid body's row needs the body's name as subject
        (
            "The aid group Oxfam said on Friday it had suspended its work in Yemen.",
            ("1623", None, "YEM", "suspended"),
        ),
        # after a dateline, the verb tagged a participle and hung on the first word of its object
        (
            "ANKARA - Turkey scrambled fighter jets on Monday after a Syrian plane crossed the border.",
            ("150", "TUR", "SYR", "scrambled"),
        ),
    ],
)
def test_missed_shapes_are_coded(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert expected in _found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a participle after an article stays an adjective
        ("The banned weapons were found in a warehouse near Lima.", "banned"),
        # "it" after a verb of saying whose subject is no aid body: no aid body's row
        ("Peru said on Friday it had suspended its work on the new port.", "suspended"),
    ],
)
def test_lookalikes_stay_uncoded(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [f for f in _found(pipeline, text) if f[3] == trigger]
