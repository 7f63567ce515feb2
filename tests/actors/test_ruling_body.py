"""A bare "the government" or "the junta" is the ruling body named before with its country, else the
story's own country when its dateline and its most-named country agree, before the country named last
(actors.ruling_body). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "nth", "country"),
    [
        # the same noun named before with its country
        ("DAKAR, May 3 (Wire) - Leaders of the region met in Dakar on Sunday to discuss the junta in Chad. "
         "They warned Senegal and Mali of new coups. The junta closed its airspace on Monday.", 1, "TCD"),
        ("The Bolivian government raised fuel prices on Monday. Peru and Chile said they would watch the "
         "border. The government said it would not back down.", 1, "BOL"),
        # no earlier body: the story's own country, when the dateline and the story agree
        ("KABUL, May 3 (Wire) - Afghan officials met tribal elders on Sunday. Afghanistan has asked for "
         "help, and Afghan police set up roadblocks. A team of Italian engineers arrived on Monday. The "
         "government blamed the Taliban for the blast.", 0, "AFG"),
    ],
)
def test_ruling_body_country(text: str, nth: int, country: str, read, word) -> None:
    actors = read(text)
    noun = "junta" if "junta" in text else "government"
    found = actors.resolve_all(word(actors.doc, noun, nth), None)
    assert [a.country for a in found] == [country]


def test_ambiguous_story_keeps_the_country_named_last(read, word) -> None:
    # the dateline's country is not the story's main one: the country named last still decides
    text = (
        "MADRID, May 3 (Wire) - Venezuela expelled a diplomat on Sunday. Venezuela said the envoy had "
        "plotted with Venezuelan exiles. Spain protested. Venezuela's vice-president said the government "
        "would not apologise."
    )
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "government"), None)
    assert [a.country for a in found] == ["VEN"]


def test_junta_never_defaults_to_the_dateline(read, word) -> None:
    # "the junta" is another state's rulers: the home country does not take it, the country named last does
    text = (
        "LONDON, May 3 (Wire) - Britain said on Monday that British diplomats would leave the British "
        "embassy in Mali. The junta ordered them out last week."
    )
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, "junta"), None)
    assert [a.country for a in found] == ["MLI"]
