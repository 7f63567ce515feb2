"""A state body in an "after/as/since" clause is not placed by where the clause above it sends people
(its "to/into/from" phrases) (actors.matrix_parties); that clause's subject, objects and scene still place
it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors.matrix_parties import matrix_journey

_LIBREVILLE = "LIBREVILLE, May 3 (Wire) - Gabon's capital was calm on Friday. "


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        # where the clause above's people fled to
        ("MALABO, May 3 (Wire) - The president of Equatorial Guinea fled to Gabon on Saturday after soldiers "
         "surrounded his residence.", "soldiers", "GNQ"),
        # where the people were flown from and to
        ("MADRID, May 3 (Wire) - Spain's cabinet met on Friday. Four suspects were flown from Spain to "
         "Morocco on Friday, hours after the supreme court refused to halt their removal.", "court", "ESP"),
    ],
)
def test_journey_left_out(text: str, head: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        # the clause above's object is often the body's own state, a reaction to its act
        (_LIBREVILLE + "Canada imposed sanctions on Cameroon on Monday after the army detained the premier.",
         "army", "CMR"),
        # and its subject still places the body
        (_LIBREVILLE + "Ugandan jets bombed rebel positions on Monday as ground troops crossed the border.",
         "troops", "UGA"),
    ],
)
def test_clause_above_still_places(text: str, head: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [country]


def test_main_clause_has_no_clause_above(read, word) -> None:
    actors = read(_LIBREVILLE + "Security forces flew the prisoners to Gabon.")
    assert matrix_journey(word(actors.doc, "flew")) == frozenset()
