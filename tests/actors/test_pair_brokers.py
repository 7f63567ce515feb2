"""A party named as the host, broker or mediator of a pair's talks is none of "the two sides" (actors/pairs.py
``_go_between``): the pair is the two parties that talked, not the third party that brought them together
(helper sides). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.actors import coref

DAY = dt.date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # mediators named as modifiers of a noun of going between
        (
            "Fighting between Peru and Ecuador went on for a week. Envoys met in Lima under Chilean and "
            "Brazilian mediation. The two sides signed a truce on Friday.",
            {"CHL", "BRA"},
        ),
        # the subject of a mediating verb
        (
            "Peruvian and Ecuadorean troops clashed on the border in May. Chile hosted talks in June. The "
            "two sides signed a truce on Friday.",
            {"CHL"},
        ),
        # a relative clause of hosting
        (
            "Ecuador blamed Peru for the border clash. Chile, which hosted the talks, said the two sides "
            "had agreed to a truce.",
            {"CHL"},
        ),
    ],
)
def test_go_between_is_no_side(text: str, absent: set[str], read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, "sides")
    found = {a.country for a in coref.pair(actors, tok, actors.phrase_tokens(tok), DAY)}
    assert found and not found & absent, found


def test_parties_named_beside_their_broker(read, word) -> None:
    actors = read(
        "Peru and Ecuador met in Brasilia at talks mediated by Brazil. The two sides agreed to meet again."
    )
    tok = word(actors.doc, "sides")
    assert {a.country for a in coref.pair(actors, tok, actors.phrase_tokens(tok), DAY)} == {"PER", "ECU"}
