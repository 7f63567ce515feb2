"""Wrong roots between the right parties (rootfp branch, twenty-fifth round): a border or airspace closed to
a neighbour reduces relations (160) and closed at home restricts movement (172, code:closed-at-home);
concern voiced over another party's actions or remarks is disapproval (111); further action or
consequences promised are a threat (130). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded, events_of

from newsevents.coding.domestic_measure import CLOSED_AT_HOME
from newsevents.pipeline import Pipeline

_DAY = "2020-03-04"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ACCRA, March 3 (Wire) - Ghana closed its border with Togo on Tuesday.", ("160", "GHA", "TGO")),
        ("VIENNA, March 3 (Wire) - Austria sealed its border with Slovenia.", ("160", "AUT", "SVN")),
    ],
)
def test_border_closed_to_a_neighbour_reduces_relations(
    pipeline: Pipeline, text: str, found: tuple[str, str, str]
) -> None:
    assert found in coded(pipeline, text, _DAY)


def test_border_closed_at_home_is_a_measure_at_home(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, March 3 (Wire) - Soldiers of Mali's army seized the state broadcaster on Tuesday and "
        "closed the country's borders."
    )
    closed = [e for e in events_of(pipeline, text, _DAY) if e.evidence.trigger == "closed"]
    assert [(e.cameo, e.source.country) for e in closed] == [("172", "MLI")]
    assert CLOSED_AT_HOME in closed[0].evidence.steps


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "OSLO, March 3 (Wire) - Norway expressed deep concern over Russia's reckless actions in the "
            "Arctic on Tuesday.",
            ("111", "NOR", "RUS"),
        ),
        (
            "QUITO, March 3 (Wire) - Ecuador conveyed strong concern about the insulting remarks made by "
            "two Colombian senators.",
            ("111", "ECU", "COL"),
        ),
    ],
)
def test_concern_over_a_partys_acts_is_disapproval(
    pipeline: Pipeline, text: str, found: tuple[str, str, str]
) -> None:
    assert found in coded(pipeline, text, _DAY)


def test_concern_over_a_situation_stays_a_pessimistic_comment(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - Norway expressed concern over the closure of the port on Tuesday."
    codes = [c for c in coded(pipeline, text, _DAY) if c[1] == "NOR"]
    assert codes and all(c[0] == "012" for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "CANBERRA, March 3 (Wire) - Australia condemned the raid on its embassy and promised further action.",
        "CANBERRA, March 3 (Wire) - Australia condemned the raid on its embassy and vowed consequences.",
    ],
)
def test_further_action_promised_is_a_threat(pipeline: Pipeline, text: str) -> None:
    codes = [c[0] for c in coded(pipeline, text, _DAY) if c[1] == "AUS"]
    assert "130" in codes
    assert not [c for c in codes if c.startswith("03")]
