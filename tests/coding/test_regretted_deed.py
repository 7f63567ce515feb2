"""Regret over another country's act is disapproval of it, over one's own an apology
(coding/regretted_deed.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_regret_over_another_countrys_strikes_criticises_it(pipeline: Pipeline) -> None:
    text = "French jets struck Libyan air defences on Sunday. China expressed regret over the strikes."
    found = coded(pipeline, text, "2011-03-21")
    assert ("111", "CHN", "FRA") in found
    assert not [c for c in found if c[0] == "055"]


def test_regret_over_its_own_bombing_stays_an_apology(pipeline: Pipeline) -> None:
    text = (
        "US jets bombed the Chinese embassy in Belgrade on Friday. "
        "President Clinton expressed regret over the bombing."
    )
    assert ("055", "USA", "CHN") in coded(pipeline, text, "1999-05-09")
