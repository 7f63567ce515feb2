"""Curated people whose country a story's nearby names used to give them (issue 10, helper errparty2): a
commander named in a territory he is posted to, a UN inquiry's head with a foreign nationality."""

from __future__ import annotations

import datetime

import pytest

from newsevents.actors.dictionary import ActorDictionary

D = datetime.date.fromisoformat


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("name", "country", "day", "code"),
    [
        ("Peter Cosgrove", "AUS", "1999-09-20", "AUSMIL"),
        ("Peter Cosgrove", "AUS", "2016-01-01", "AUSGOV"),
        ("Peter Cosgrove", "AUS", "2010-01-01", "AUSELI"),
        ("Detlev Mehlis", "DEU", "2005-10-20", "IGOUNO"),
        ("Detlev Mehlis", "DEU", "2008-01-01", "DEUJUD"),
    ],
)
def test_curated_people_on_dates(
    actors: ActorDictionary, name: str, country: str, day: str, code: str
) -> None:
    hits = [e for e in actors.find(name) if e.kind == "person" and e.country == country]
    assert len(hits) == 1, [e.id for e in hits]
    assert actors.entry(hits[0].id).code_on(D(day)) == code
