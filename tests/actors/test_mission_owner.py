"""A bare state noun never takes up a country named last only as the owner of an embassy or an envoy: the
host's (actors.mission_owner, read by coref.coref_country before the country named last). Sentences written
for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "noun", "nth", "country"),
    [
        # an envoy's country named last: the host's government
        ("Police in Kenya kept the opposition leader at home on Monday, and the Danish ambassador was "
         "turned away at his gate. The government accused the ambassador of meddling.",
         "government", 0, "KEN"),
        # an embassy's owner named before too, by its name: still a visitor
        ("Neighbouring states imposed sanctions on Mali on Sunday. Spain had suspended its aid on Saturday. "
         "Crowds marched on the Spanish embassy in Bamako. The junta accused Spain of plotting.",
         "junta", 0, "MLI"),
        # a possessive owner
        ("Protesters gathered in Lima on Friday outside Chile's embassy. The government urged calm.",
         "government", 0, "PER"),
    ],
)
def test_host_before_mission(text: str, noun: str, nth: int, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, noun, nth), None)
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the country named last is no mission's owner: the usual reading (the country named last)
        ("The Danish ambassador arrived in Nairobi on Monday. Sweden sent tents on Tuesday, and the "
         "government promised more.", "SWE"),
        # only owners named before: no other state to take up, the usual reading stands
        ("The Danish ambassador arrived on Monday. The government welcomed him.", "DNK"),
    ],
)
def test_usual_reading_stands(text: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "government", 0), None)
    assert [a.country for a in found] == [country]
