"""A measure kept in force ("kept the crossing closed", "left its border shut"), mended by
coding/kept_state.py (called by coding/reattach.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (e.cameo[:2], e.source.country or "", e.target.country if e.target else None, e.evidence.trigger)
        for e in events_of(pipeline, text, "2016-03-08")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle read as the verb's complement
        ("Ghana kept its embassy in Lome closed on Tuesday.", ("16", "GHA", "TGO", "closed")),
        # read as a bare conjunct of the verb (no "and")
        (
            "Bolivia kept the main border crossing with Chile closed for a third day on Tuesday.",
            ("16", "BOL", "CHL", "closed"),
        ),
        # read as an adverbial clause, after "left"
        ("Ghana left its border with Togo shut on Tuesday.", ("16", "GHA", "TGO", "shut")),
        # read as a reduced relative on the noun of the object's own phrase
        ("Egypt left the border with Gaza sealed on Monday.", ("16", "EGY", "PSE", "sealed")),
    ],
)
def test_a_measure_kept_in_force_is_the_keepers_act(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in _found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a state that is no measure
        "Ghana kept its border with Togo open on Tuesday.",
        # a verb of its own after "and"
        "Ghana kept its troops in the north and closed its border with Togo on Tuesday.",
    ],
)
def test_no_measure_is_read_from_other_complements(pipeline: Pipeline, text: str) -> None:
    assert not any(trigger == "kept" for *_, trigger in _found(pipeline, text))
    assert all(code != "16" or trigger == "closed" for code, _, _, trigger in _found(pipeline, text))
