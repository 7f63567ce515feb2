"""A singular personal possessive ("his", "her") never takes up a plural common noun subject: "Chilean
troops searched HIS plane" is the plane of the man named before, not the troops' (actors/coref.py,
``_SINGULAR``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.actors import coref

DAY = dt.date(2008, 6, 1)


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        # the person named before, not the plural subject of the clause
        ("Alan Garcia landed in Arica on Monday, and Chilean troops searched his plane.", "his", "PERGOV"),
        (
            "Michelle Bachelet landed in Lima on Monday, and Peruvian soldiers guarded her car.",
            "her",
            "CHLGOV",
        ),
        # a plural possessive still binds to its clause's subject
        (
            "Alan Garcia landed in Arica on Monday, and Chilean soldiers searched their trucks.",
            "their",
            "CHLMIL",
        ),
    ],
)
def test_person_possessive_skips_plural_subject(text: str, pronoun: str, code: str, read, word) -> None:
    actors = read(text)
    found = coref.antecedent(actors, word(actors.doc, pronoun), DAY)
    assert (found.code if found else None) == code
