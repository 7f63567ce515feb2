"""A truce whose "between" phrase the parser hangs on a participle of it (issue 10, weakroots,
twenty-second round): "a ceasefire brokered by Cairo between X and Y took hold" is X's truce with Y
(coding/truce.py ``truce-between``), the broker mediating apart. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.truce import TRUCE_BETWEEN
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "A ceasefire arranged by Qatar between Israel and Hamas came into force at dawn on Sunday.",
            ("ISR", "PSE"),
        ),
        ("A truce mediated by Russia between Armenia and Azerbaijan took effect at noon.", ("ARM", "AZE")),
    ],
)
def test_a_brokered_truce_is_the_parties_own(pipeline: Pipeline, text: str, parties: tuple[str, str]) -> None:
    truces = [e for e in events_of(pipeline, text, "2021-05-21") if e.cameo == "0871"]
    assert [(e.source.country, e.target.country if e.target else None) for e in truces] == [parties]
    assert TRUCE_BETWEEN in truces[0].evidence.steps


def test_a_brokered_truce_with_no_parties_named_stays_unplaced(pipeline: Pipeline) -> None:
    # the broker is no party to the truce: with nobody named "between", no truce event is made
    events = events_of(pipeline, "A truce mediated by Russia took effect at noon.", "2021-05-21")
    assert [e.cameo for e in events if e.cameo == "0871"] == []
