"""A town named as the modifier of a site places the event ("detained at a Beijing airport"): an
agentless arrest there is that town's country's, not the dateline's (newsevents.compound_place; issue 10,
helper w2coer)."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.compound_place import site_town
from newsevents.pipeline import Pipeline
from newsevents.where import load_gazetteer


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("OTTAWA (Wire) - A Canadian teacher was detained at a Beijing airport on Monday.", "CHN", "CAN"),
        ("LONDON (Wire) - A British aid worker was arrested in a Tehran hotel on Sunday.", "IRN", "GBR"),
    ],
)
def test_site_town_places_an_agentless_arrest(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    events = events_of(pipeline, text, "2019-05-08")
    assert [(e.source.country, e.target.country if e.target else None) for e in events if e.root == "17"] == [
        (source, target)
    ]


@pytest.mark.parametrize(
    ("text", "noun", "names"),
    [
        ("He was held in a Tehran prison.", "prison", ("Tehran",)),
        ("He was held at the U.S. embassy.", "embassy", ()),  # a country's site in another: no town
        ("He was held in a military prison.", "prison", ()),  # no proper noun
        ("He was held in Evin.", "Evin", ()),  # a proper noun is its own name
    ],
)
def test_site_town(pipeline: Pipeline, text: str, noun: str, names: tuple[str, ...]) -> None:
    doc = pipeline.nlp(text)
    pobj = next(t for t in doc if t.text == noun)
    assert site_town(pobj, load_gazetteer()) == names
