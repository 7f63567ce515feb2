"""A bare "the capital" in a story filed from a national capital is that city's country
(actors/dateline_capital.py), on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_the_capital_under_a_capital_dateline_is_that_country(pipeline: Pipeline) -> None:
    text = "KABUL (Wire) - British troops patrolled the capital on Monday, two days after the president fled."
    assert coded(pipeline, text, "2021-05-10") == [("150", "GBR", "AFG")]


def test_another_capital_dateline_names_its_own_country(pipeline: Pipeline) -> None:
    text = "NAIROBI, May 9 (Wire) - Ugandan soldiers patrolled the capital on Sunday."
    assert coded(pipeline, text, "2021-05-10") == [("150", "UGA", "KEN")]


def test_a_capital_with_a_possessor_is_not_the_datelines(pipeline: Pipeline) -> None:
    text = "MANAMA, May 9 (Wire) - Iraqi troops seized the emirate's capital on Sunday."
    assert all(target != "BHR" for _, _, target in coded(pipeline, text, "2021-05-10"))


def test_a_capital_with_an_adjective_is_not_the_datelines(pipeline: Pipeline) -> None:
    text = "TBILISI, May 9 (Wire) - Russian artillery pounded the regional capital on Sunday."
    assert all(target != "GEO" for _, _, target in coded(pipeline, text, "2021-05-10"))
