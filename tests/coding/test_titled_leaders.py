"""Leaders named by a title and a name the recogniser misses, and titles written with a capital: a
hyphenated royal's or leader's name keeps the government role its title gives, with a country in its
phrase (actors/titled_names.py) or cut in two by the parse (coding/hyphen_name.py); "The Prime
Minister's office" and "The President" take the holder the story named, not the dateline's country
(actors/capital_titles.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.actors.stage import ActorsComponent
from newsevents.coding.hyphen_name import hyphen_names
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMMAN, June 2 (Wire) - King Tariq-Omar of Jordan condemned Israel on Monday.",
            [("111", "JOR", "GOV", "ISR")],
        ),
        (
            "AMMAN, June 2 (Wire) - Jordanian King Tariq-Omar condemned Israel on Monday.",
            [("111", "JOR", "GOV", "ISR")],
        ),
        (
            "JAKARTA, June 2 (Wire) - King Jan-Pieter of the Netherlands apologised to Indonesia on Monday.",
            [("055", "NLD", "GOV", "IDN")],
        ),
        (
            "CAIRO, June 2 (Wire) - Faisal Abdul-Karim, the Saudi foreign minister, criticised Iran on "
            "Monday.",
            [("111", "SAU", "GOV", "IRN")],
        ),
    ],
)
def test_a_hyphenated_titled_name_keeps_its_role(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert coded_with_roles(pipeline, text, "2021-06-02") == expected


def test_a_hyphenated_name_cut_by_the_parse_is_mended(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("King Jan-Pieter of the Netherlands apologised to Indonesia on Monday.")
    hyphen_names(doc)
    jan, pieter = doc[1], doc[3]
    assert jan.head.i == pieter.i and jan.dep_ == "compound"
    assert doc[0].head.i == pieter.i  # (the title goes with the name)


def test_a_hyphen_between_two_parties_is_left_alone(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The Israel-Lebanon border was quiet on Monday.")
    before = [(t.head.i, t.dep_) for t in doc]
    hyphen_names(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_a_party_leader_named_in_apposition_is_not_the_government(pipeline: Pipeline) -> None:
    # (the apposition's title names its own party: the phrase is read by it, not as a state's leader)
    text = (
        "BELFAST - The Rev Tom Ashby-Hale, leader of the Northern Farmers Party, criticised Ireland on "
        "Monday."
    )
    assert all(role != "GOV" for _, _, role, _ in coded_with_roles(pipeline, text, "2021-06-02"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BEIRUT, June 2 (Wire) - Israeli Prime Minister Dan Mizrahi warned Hezbollah on Monday. The "
            "Prime Minister's office accused Lebanon of sheltering the group.",
            [("130", "ISR", "GOV", "LBN"), ("112", "ISR", "GOV", "LBN")],
        ),
        (
            "LONDON, June 2 (Wire) - Ghanaian President Kofi Mensah-Boateng criticised Britain on Monday. "
            "The President later praised France.",
            [("111", "GHA", "GOV", "GBR"), ("051", "GHA", "GOV", "FRA")],
        ),
    ],
)
def test_a_capitalised_title_is_the_holder_named_before(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert coded_with_roles(pipeline, text, "2021-06-02") == expected


def test_capitalised_title_is_a_common_head(pipeline: Pipeline) -> None:
    from newsevents.actors.capital_titles import common_head

    actors = pipeline.stages.get_pipe("newsevents_actors")
    assert isinstance(actors, ActorsComponent)
    dictionary = actors.resolver.dictionary
    doc = pipeline.nlp("The Prime Minister's office and the President met Ana Ruiz.")
    assert common_head(doc[2], dictionary)  # Minister (with "Prime")
    assert common_head(doc[7], dictionary)  # President
    assert not common_head(doc[10], dictionary)  # Ruiz
