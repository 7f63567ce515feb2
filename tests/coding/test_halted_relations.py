"""Halting what another party gets or takes part in (rows ne.missed7.*): payments to it, trade, ports, wider
sanctions, and "stopped selling / sending / handling" (the gerund is the object's word). A halt at home names
no counterpart and is no event. Every sentence is invented (issue 10)."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden suspended payments to Zambia for school building.", ("162", "SWE", "ZMB")),
        ("Denmark halted payments to Tanzania after the audit.", ("162", "DNK", "TZA")),
        ("Malawi stopped selling maize to Zambia in March.", ("163", "MWI", "ZMB")),
        ("Peru stopped sending students to Cuba last year.", ("160", "PER", "CUB")),
        ("Kenya cut trade with Somalia on Monday.", ("163", "KEN", "SOM")),
        ("Sudan closed its ports to Eritrean ships.", ("163", "SDN", "ERI")),
    ],
)
def test_a_halt_aimed_at_another_party_reduces_relations(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in coded(pipeline, text, "2016-05-10")


def test_a_halt_at_home_is_no_event(pipeline: Pipeline) -> None:
    assert coded(pipeline, "The storm closed the port of Mombasa on Monday.", "2016-05-10") == []


def test_payments_with_no_payee_are_no_halt(pipeline: Pipeline) -> None:
    text = "Norway and Denmark suspended payments for forest schemes in Brazil."
    assert all(c[0][:2] != "16" for c in coded(pipeline, text, "2016-05-10"))
