"""Helpers shared by the coder tests: code a text, group its events by trigger word."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def events_of(pipeline: Pipeline, text: str, published: str) -> list[Event]:
    """The events ``pipeline`` codes from ``text`` as one article published on ``published``."""
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    return list(result.events)


def by_trigger(events: list[Event]) -> dict[str, list[Event]]:
    """``events`` grouped by their trigger word, in order."""
    out: dict[str, list[Event]] = {}
    for e in events:
        out.setdefault(e.evidence.trigger, []).append(e)
    return out
