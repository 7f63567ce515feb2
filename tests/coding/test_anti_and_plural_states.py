"""A country after "anti-" names what a crowd opposes, not its own country ("anti-Chilean marchers in
Lima" are Peruvians protesting against Chile), while "pro-" keeps its convention; a plural of the name word
two states share ("the two Koreas", "both Sudans") is that pair of states. Sentences written for these
tests."""

from __future__ import annotations

from coding_helpers import coded_with_roles

from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.plural_states import _shared_words
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


def test_an_anti_crowd_is_of_its_place_and_protests_against_the_country(pipeline: Pipeline) -> None:
    text = "LAHORE, March 8 (Wire) - Anti-French marchers in Lahore burned flags on Monday."
    assert coded_with_roles(pipeline, text, PUBLISHED_ON) == [("141", "PAK", "OPP", "FRA")]


def test_an_anti_crowd_keeps_a_named_target(pipeline: Pipeline) -> None:
    text = "LAHORE, March 8 (Wire) - Anti-French protesters in Lahore denounced Germany on Monday."
    found = coded_with_roles(pipeline, text, PUBLISHED_ON)
    assert [(s, r, t) for _, s, r, t in found] == [("PAK", "OPP", "DEU")]


def test_a_pro_crowd_keeps_the_country_it_sides_with(pipeline: Pipeline) -> None:
    text = "DONETSK, March 8 (Wire) - Pro-Russian separatists attacked a checkpoint on Monday."
    assert [s for _, s, _, _ in coded_with_roles(pipeline, text, PUBLISHED_ON)] == ["RUS"]


def test_the_two_koreas_are_both_states(pipeline: Pipeline) -> None:
    text = "SEOUL, March 8 (Wire) - The two Koreas condemned Japan on Monday."
    found = sorted(coded_with_roles(pipeline, text, PUBLISHED_ON))
    assert found == [("111", "KOR", "GOV", "JPN"), ("111", "PRK", "GOV", "JPN")]


def test_both_sudans_are_both_states(pipeline: Pipeline) -> None:
    text = "KHARTOUM, March 8 (Wire) - Both Sudans accused Kenya of arming rebels on Monday."
    assert sorted(s for _, s, _, _ in coded_with_roles(pipeline, text, PUBLISHED_ON)) == ["SDN", "SSD"]


def test_only_a_name_word_of_exactly_two_states_makes_a_pair() -> None:
    words = _shared_words(ActorDictionary.load())
    assert words["korea"] == ("KOR", "PRK") and words["sudan"] == ("SDN", "SSD")
    assert "peru" not in words and "guinea" not in words  # (one state's name; four states' names)


def test_an_anti_crowd_that_uses_force_hits_whom_it_hits(pipeline: Pipeline) -> None:
    text = "LAHORE, March 8 (Wire) - Anti-French militants in Lahore attacked a convoy on Monday."
    assert all(t != "FRA" for _, s, _, t in coded_with_roles(pipeline, text, PUBLISHED_ON) if s == "PAK")


def test_anti_on_a_feeling_keeps_its_country(pipeline: Pipeline) -> None:
    text = "LIMA, March 8 (Wire) - Chile called the ruling part of a chronic anti-Chilean hysteria."
    assert [t for _, _, _, t in coded_with_roles(pipeline, text, PUBLISHED_ON)] == ["CHL"]
