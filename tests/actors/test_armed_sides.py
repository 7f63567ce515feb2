"""An armed group named by a common noun ("Tuareg rebels", "ELN rebels") is one side of "both sides"
or "the two sides", beside the state it fights or talks with, instead of the pair falling to the last two
countries named (a mediator's, a venue's) (issue 10, helper errpair: actors/group_mentions.py, read by
actors/pairs.py). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.actors import coref

DAY = dt.date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the parser reads "army" as a modifier of "rebels", with the "and" under it
        (
            "Colombia's army and ELN rebels clashed near the Venezuelan border, and Peru urged both sides "
            "to stop fighting.",
            ["COLMIL", "COLREB"],
        ),
        # a state and its rebels are two sides, though both are of one country
        (
            "Niger's army and Tuareg rebels signed a truce in Algiers. Ghana, which brokered the deal, urged "
            "both sides to respect it.",
            ["NERGOV", "NERREB"],
        ),
        # the group an act is done with is the other side of its subject
        (
            "South Sudan's army clashed with SPLM-IO rebels near Malakal. Kenyan envoys met Ethiopian "
            "officials in Addis Ababa and urged the two sides to stop fighting.",
            ["SSDGOV", "SSDREB"],
        ),
        (
            "President Ivan Duque ended peace talks with ELN rebels after a bombing in Bogota. Cuba, the "
            "host of the negotiations, asked both sides to resume them soon.",
            ["COLGOV", "COLREB"],
        ),
    ],
)
def test_armed_group_is_a_side(text: str, codes: list[str], read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, "sides")
    assert [a.code for a in coref.pair(actors, tok, actors.phrase_tokens(tok), DAY)] == codes


def test_two_countries_are_never_a_group(read, word) -> None:
    """ "the two countries" are two states: rebels fighting in one of them are no country of the pair."""
    actors = read(
        "Sudan signed an oil deal with South Sudan. Nuer rebels attacked a convoy near Malakal. Kenya "
        "urged the two countries to carry out the deal."
    )
    tok = word(actors.doc, "countries")
    assert [a.code for a in coref.pair(actors, tok, actors.phrase_tokens(tok), DAY)] == ["SDNGOV", "SSDGOV"]
