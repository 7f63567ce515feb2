"""Heads of government whose later terms the Phoenix lists lack (issue 10, helper srcerr:
``tools/curated_actors.jsonl``): on a day of a later term the person is the state's government, not a
former official."""

from __future__ import annotations

import datetime

import pytest

from newsevents.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Manasseh Sogavare", "2021-11-26", "SLBGOV"),
        ("Manasseh Sogavare", "2016-03-01", "SLBGOV"),
        ("Manasseh Sogavare", "2012-03-01", "SLBELI"),
        ("Manasseh Sogavare", "2025-03-01", "SLBELI"),
    ],
)
def test_later_terms(actors: ActorDictionary, name: str, day: str, code: str) -> None:
    hits = [e for e in actors.find(name) if e.kind == "person" and e.country == "SLB"]
    assert len(hits) == 1, [e.id for e in hits]
    assert actors.entry(hits[0].id).code_on(datetime.date.fromisoformat(day)) == code
