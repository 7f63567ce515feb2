"""Unnamed specialists (actors/specialists.py, rule ``unplaced-specialists``; issue 10): investigators,
inspectors, monitors and teams of them are the party the text places them with: the state they work in
("investigators in X", for those who work at home), the international organisation named before them,
an international body with a bloc adjective; nobody otherwise, and no event. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2016-04-15"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


def test_inspectors_are_the_body_named_before(pipeline: Pipeline) -> None:
    text = (
        "VIENNA, April 14 (Wire) - The International Atomic Energy Agency sent a team to Iran last week. "
        "Inspectors toured Iran's Arak heavy water plant on Thursday."
    )
    toured = [e for e in _events(pipeline, text) if e.evidence.trigger == "toured"]
    assert [(e.root, e.source.code, e.target.country if e.target else None) for e in toured] == [
        ("09", "IGOUNOIAE", "IRN")
    ]


def test_team_of_foreign_experts_is_an_igo(pipeline: Pipeline) -> None:
    text = "A team of foreign experts accused Moldova on Thursday of hiding the records."
    events = _events(pipeline, text)
    assert [
        (e.root, e.source.code, e.source.country, e.target.country if e.target else None) for e in events
    ] == [("11", "IGO", None, "MDA")]


def test_investigators_in_a_capital_are_of_its_state(pipeline: Pipeline) -> None:
    text = "Investigators in Lima accused Chile on Thursday of hiding the records."
    events = _events(pipeline, text)
    assert [(e.root, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("11", "PER", "CHL")
    ]


@pytest.mark.parametrize("text", [
    "Investigators accused Chile on Thursday of hiding the records.",  # nobody places them
    "Another team accused Chile on Thursday of hiding the records.",  # a team of whom, it does not say
])  # fmt: skip
def test_unplaced_specialists_give_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_specialists_sent_are_not_the_sender_acting_on_itself(pipeline: Pipeline) -> None:
    text = (
        "The United Nations said on Thursday that it would send more observers to Kosovo. "
        "The United Nations withdrew its observers from the border on Friday."
    )
    for e in _events(pipeline, text):
        assert e.target is None or e.target.code != e.source.code
