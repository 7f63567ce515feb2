"""Judgements ("called X Y") in the shapes the parser gives them: the thing judged fused into the
complement ("called the vote illegal"), an event word read as an adjective ("called the offensive
genocide"), and words of blame that are themselves event nouns ("called the raid a massacre"), which
give a criticism and no second event. Every sentence is invented (issue 10, pmix)."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import events_of, kept_triggers
from spacy.tokens import Doc

from newsevents.coding import judgement
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "The senator called the ballot illegal.",
        "Quito called the incursion a massacre.",
        "Ankara called the offensive ethnic cleansing.",
        "Lima called the shelling open aggression.",
        "The minister called the closure of the border an unfriendly gesture.",
        "The party called the verdict a serious setback for the rule of law.",
    ],
)
def test_called_judgement_shapes_give_one_criticism(pipeline: Pipeline, text: str) -> None:
    found = kept_triggers(pipeline, text)
    assert [(w, c) for w, c, _s in found] == [("called", "111")]
    assert judgement.CALLED_JUDGEMENT in found[0][2]


def test_called_massacre_criticises_the_actor_not_a_mass_killing(pipeline: Pipeline) -> None:
    doc: Doc = pipeline.nlp("Chile's foreign minister called the Bolivian raid a massacre.")
    doc._.ne_article = "t"
    doc._.ne_published = dt.date(2008, 3, 4)
    for _name, stage in pipeline.stages.pipeline:
        doc = stage(doc)
    got = [(e.cameo, e.source.country, e.target.country if e.target else None) for e in doc._.ne_events]
    assert got == [("111", "CHL", "BOL")]


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.source.country) for e in events_of(pipeline, text, "2005-05-14")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tashkent said troops had not fired on the crowd.", "UZB"),
        ("Minsk said the troops had not crossed the border.", "BLR"),
    ],
)
def test_a_bare_or_definite_own_side_noun_not_acting_is_a_denial(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert _events(pipeline, text) == [("016", country)]


def test_another_partys_troops_not_acting_is_no_denial(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Tbilisi said Russian troops had not withdrawn from the villages.") == []
