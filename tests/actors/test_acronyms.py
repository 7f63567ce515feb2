"""An acronym defined in brackets after a group's name names that group when used again
(actors/acronyms.py): the union, party or front the dictionary lacks keeps its country and role under its
short form; an acronym defined nowhere, or one whose first letter no word of the name starts, names
nobody. Sentences written for these tests."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2019-03-15"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


def _sources(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.source.code for e in _events(pipeline, text) if e.evidence.trigger == trigger]


def test_a_defined_acronym_names_the_union_again(pipeline: Pipeline) -> None:
    text = (
        "The Ghana Transport Workers Union (GTWU) called a strike over fuel prices on Monday. "
        "On Tuesday the GTWU accused the government of breaking its promises."
    )
    assert _sources(pipeline, text, "accused") == ["GHALAB"]


def test_an_acronym_defined_nowhere_names_nobody(pipeline: Pipeline) -> None:
    text = (
        "The Ghana Transport Workers Union called a strike over fuel prices on Monday. "
        "On Tuesday the GTWU accused the government of breaking its promises."
    )
    assert _sources(pipeline, text, "accused") == []


def test_a_bracketed_credit_defines_no_short_form(pipeline: Pipeline) -> None:
    text = (
        "The Ghana Transport Workers Union called a strike on Monday (GNX). "
        "On Tuesday the GNX accused the government of lying."
    )
    assert _sources(pipeline, text, "accused") == []
