"""A bare "the government" in what a home voice (an opposition, a union, a legislature, rebels) says or does
is that voice's own government, not the foreign party named last (actors.home_voice). Sentences written
for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the government as the object of the home voice's accusation
        (
            "LIMA, May 3 (Wire) - Peru signed a mining deal with Canada on Monday. Ottawa praised the deal. "
            "Opposition leader Ana Ruiz accused the government of selling the country's copper cheaply.",
            "PER",
        ),
        # in a clause the home voice reports, under a condition
        (
            "QUITO, May 3 (Wire) - Ecuadorean farmers blocked roads on Monday over imports of Colombian "
            "rice. Colombia shipped more rice this year, and Colombian trucks crossed the border. The "
            "farmers' union said its members would stay on the roads unless the government raised tariffs.",
            "ECU",
        ),
    ],
)
def test_home_voice_government(text: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "government"), None)
    assert [a.country for a in found] == [country]


def test_time_clause_is_no_speech(read, word) -> None:
    # the subject of a clause the government's act only dates is no voice speaking of it
    text = (
        "LIMA, May 3 (Wire) - The Bolivian opposition leader Ana Ruiz arrived in Peru on Monday after the "
        "government granted her asylum. Peru's foreign minister said she was safe."
    )
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "government"), None)
    assert [a.country for a in found] != ["BOL"]


def test_foreign_state_keeps_the_addressed_country(read, word) -> None:
    # a foreign government speaking to "the government" still means the story's state
    text = (
        "HARARE, May 3 (Wire) - Zimbabwe's parliament passed a new media law on Monday. Britain urged the "
        "government to repeal it."
    )
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "government"), None)
    assert [a.country for a in found] == ["ZWE"]


@pytest.mark.parametrize(
    ("text", "nth", "country"),
    [
        # an official of the dateline's country speaks of their own government, not the one named last
        (
            "OSLO, May 3 (Wire) - Norway expelled two Iranian diplomats on Monday. The Danish government "
            "called the plot alarming. Prime Minister Ane Berg said the government would tighten visa rules.",
            1,
            "NOR",
        ),
        # a foreign official in the story's country may mean the host's: the usual reading stands
        (
            "KABUL, May 3 (Wire) - Afghan police arrested six men on Monday. The Canadian envoy said the "
            "government must hold elections.",
            0,
            "AFG",
        ),
        # a state speaking by its name means another's government (speaking_state)
        (
            "NEW DELHI, May 3 (Wire) - India and Pakistan traded fire on Monday. New Delhi said it expected "
            "the government to act against the militants.",
            0,
            "PAK",
        ),
    ],
)
def test_home_official_means_own_government(text: str, nth: int, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "government", nth), None)
    assert [a.country for a in found] == [country]


def test_home_official_addressing_the_government(read, word) -> None:
    # the home official's appeal to "the government" addresses another: this rule says nothing of it
    from newsevents.actors.home_voice import home_voice_country

    text = (
        "WASHINGTON, May 3 (Wire) - Kenya expelled two U.S. diplomats on Monday, and the United States "
        "protested. Secretary of State Ana Ruiz urged the government to reverse the decision."
    )
    actors = read(text)
    assert home_voice_country(actors, word(actors.doc, "government")) is None
