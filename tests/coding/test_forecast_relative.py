"""A warning's threat words are read in the warned-of clause itself, not in a relative clause that
describes one of its things (coding/forecast.py): "warned that the powers, which allow arrests without
charge, could lead to abuses" forecasts a misfortune (012). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_a_word_of_force_in_a_describing_relative_clause_keeps_the_forecast(pipeline: Pipeline) -> None:
    text = (
        "Peru's bishops warned that the decree, which lets officers stop anyone without a warrant for a "
        "week, could bring abuses."
    )
    assert [c for c, _s, _t in coded(pipeline, text, "2022-03-28")] == ["012"]


def test_a_word_of_force_in_the_clause_itself_stays_a_threat(pipeline: Pipeline) -> None:
    text = "Chile warned that any ship that crossed the line would be fired on."
    assert [c for c, _s, _t in coded(pipeline, text, "2022-03-28")] == ["130"]
