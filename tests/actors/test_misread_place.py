"""A city the parser took for a person or an organisation still places the agent "in" it
(actors/doc_countries.py ``misread_place``; issue 10), when it is a place of the country the story is
filed from or names; never a country the story does not name. Sentences written for these tests."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2019-03-12"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


def test_workers_in_the_dateline_city_are_of_its_country(pipeline: Pipeline) -> None:
    text = (
        "ROTTERDAM, March 11 (Wire) - Dock workers in Rotterdam refused on Monday to unload a Russian "
        "tanker, saying its cargo could pay for the war in Ukraine."
    )
    sources = [e.source.code for e in _events(pipeline, text) if e.evidence.trigger == "refused" and e.source]
    assert sources == ["NLDLAB"]
