"""Modality of steps taken and of acts only weighed (issue 10, modal2): "moved to expel" tells the
expulsion as done (the act, as "voted to"), while "will move to expel" stays an intention. Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import curtailed
from newsevents.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.cameo, e.modality, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2012-03-05")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia moved to expel two Estonian diplomats.", ("161", "asserted", "RUS", "EST")),
        ("Chad moved on Tuesday to seize the assets of a Libyan bank.", ("1711", "asserted", "TCD", "LBY")),
        # the same for the verbs that only carry the act on ("went on to", "proceeded to")
        ("Iran went on to arrest a British sailor.", ("173", "asserted", "IRN", "GBR")),
        ("Iran proceeded to arrest a British sailor.", ("173", "asserted", "IRN", "GBR")),
    ],
)
def test_a_move_to_act_is_the_act(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert _coded(pipeline, text) == [expected]


def test_a_move_still_to_come_is_an_intention(pipeline: Pipeline) -> None:
    found = _coded(pipeline, "Russia will move to expel two Estonian diplomats.")
    assert [(c[:2], m) for c, m, _s, _t in found] == [("13", "intended")]


@pytest.mark.parametrize(
    "text",
    [
        "The Italian prime minister cut short a visit to Cairo and declared a day of mourning.",
        "The Italian prime minister cut his visit to Cairo short.",
        "The Italian prime minister curtailed his tour of Egypt and flew home.",
    ],
)
def test_a_visit_cut_short_is_no_visit(pipeline: Pipeline, text: str) -> None:
    # the visit was under way before: the report tells its end, neither a visit nor a break in relations
    assert [c for c in _coded(pipeline, text) if c[0][:2] in ("04", "16")] == []


def test_a_visit_made_and_a_cut_supply_stay_events(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The Italian prime minister visited Cairo.") == [
        ("042", "asserted", "ITA", "EGY")
    ]
    assert _coded(pipeline, "Russia cut gas supplies to Ukraine.") == [("162", "asserted", "RUS", "UKR")]


def test_curtailed_words_load() -> None:
    words = curtailed.curtailed_words()
    assert (
        "curtail" in words.shortening_verbs
        and "cut" in words.cutting_verbs
        and "short" in words.cutting_words
    )
