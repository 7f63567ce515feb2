"""Actor-stage rules of the review's leftover classes (issue 10): a personal object pronoun is never its
own verb's subject, "its" never takes up a plural noun, the teller of an attack by unnamed gunmen does not
place them, and "the group" takes up the group of people named before. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Dutch Prime Minister Mark Rutte met Viktor Orban on Friday and urged him to drop the law.", "HUN"),
        (
            "Emmanuel Macron called Recep Tayyip Erdogan on Thursday and asked him to free the reporters.",
            "TUR",
        ),
        ("Justin Trudeau telephoned Narendra Modi and pressed him to cooperate.", "IND"),
    ],
)
def test_object_pronoun_is_not_its_subject(text: str, iso3: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "him"), DAY)
    assert [a.country for a in found] == [iso3]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Turkey said gunmen had stormed its consulate in Mosul.", "TUR"),
        ("India said attackers set fire to its embassy in Kabul.", "IND"),
        ("Japan said on Friday that militants had seized its consulate.", "JPN"),
    ],
)
def test_teller_does_not_place_unnamed_attackers(text: str, teller: str, read, word) -> None:
    actors = read(text)
    attackers = next(t for t in actors.doc if t.lemma_ in ("gunman", "attacker", "militant"))
    assert all(a.country != teller for a in actors.resolve_all(attackers, DAY))
    assert [a.country for a in actors.resolve_all(word(actors.doc, "its"), DAY)] == [teller]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Fifteen British sailors returned home on Thursday. Iranian forces seized the group in March.",
            "GBR",
        ),
        ("Twelve Bolivian truck drivers were freed on Friday. Chilean police had arrested the group.", "BOL"),
        ("Forty Filipino fishermen reached Manila. The Chinese coast guard had detained the crew.", "PHL"),
        ("Forty Bolivian miners were freed on Friday. Police in Arica had arrested the group.", "BOL"),
    ],
)
def test_the_group_takes_up_people_named_before(text: str, iso3: str, read) -> None:
    actors = read(text)
    head = next(t for t in actors.doc if t.lower_ in ("group", "crew"))
    assert [a.country for a in actors.resolve_all(head, DAY)] == [iso3]


@pytest.mark.parametrize(
    ("text", "noun", "iso3"),
    [
        (
            "Myanmar freed Aung San Suu Kyi on Saturday. U.S. President Barack Obama called on the junta to "
            "free all prisoners.",
            "junta",
            "MMR",
        ),
        (
            "Mali's military rulers postponed the vote. France urged the junta to set a date. Ghana also "
            "called on the government to restore civilian rule.",
            "government",
            "MLI",
        ),
        (
            "Protesters filled the streets of Minsk again. Lithuania urged the regime to free the detained.",
            "regime",
            "BLR",
        ),
    ],
)
def test_addressed_country_noun_is_not_the_speaker_s(text: str, noun: str, iso3: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, noun), DAY)
    assert [a.country for a in found] == [iso3]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Ivorian President Alassane Ouattara appealed to his countrymen to refrain from reprisals.", "CIV"),
        ("Kenya's president urged her compatriots abroad to vote.", "KEN"),
        ("Peru told its countrymen in Chile to stay indoors.", "PER"),
    ],
)
def test_countrymen_are_the_possessor_s_people(text: str, iso3: str, read) -> None:
    actors = read(text)
    head = next(t for t in actors.doc if t.lower_ in ("countrymen", "compatriots"))
    assert [a.country for a in actors.resolve_all(head, DAY)] == [iso3]
