"""International bodies acting and being asked to act (council2 round): a council's or a bloc's order
to a state is a demand, and a demand set before a body's measure is a demand of its own. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target country) of each event coded from ``text``."""
    return [
        (e.cameo, e.source.code, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-05-05")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "NEW YORK, May 4 (Wire) - The Security Council on Tuesday ordered Chad to withdraw its troops "
            "from the border.",
            [("100", "IGOUNO", "TCD")],
        ),
        (
            "ADDIS ABABA, May 4 (Wire) - The African Union's council on Tuesday ordered Chad and Niger to "
            "halt hostilities within 48 hours.",
            [("100", "IGOAFRAFU", "TCD"), ("100", "IGOAFRAFU", "NER")],
        ),
        (
            "ABUJA, May 4 (Wire) - ECOWAS on Tuesday ordered Chad to release the detained president.",
            [("100", "IGOWAFBUSWAS", "TCD")],
        ),
    ],
)
def test_a_bodys_order_to_a_state_is_a_demand(
    pipeline: Pipeline, text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _codes(pipeline, text) == found


def test_a_government_ordering_its_own_troops_back_still_withdraws(pipeline: Pipeline) -> None:
    text = (
        "NDJAMENA, May 4 (Wire) - The Chadian government on Tuesday ordered its troops to withdraw from "
        "the border."
    )
    assert [c for c, _s, _t in _codes(pipeline, text)] == ["0874"]


def test_a_demand_set_before_a_measure_is_a_demand_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK, May 4 (Wire) - Demanding an immediate truce, the Security Council on Tuesday imposed "
        "sanctions on Chad."
    )
    found = _codes(pipeline, text)
    assert [(c[:2], s, t) for c, s, t in found] == [("10", "IGOUNO", "TCD"), ("16", "IGOUNO", "TCD")], found


def test_a_demand_after_a_march_stays_its_aim(pipeline: Pipeline) -> None:
    text = (
        "NDJAMENA, May 4 (Wire) - Thousands of students marched in the capital on Tuesday, demanding "
        "lower fees."
    )
    assert all(c[:2] != "10" for c, _s, _t in _codes(pipeline, text))
