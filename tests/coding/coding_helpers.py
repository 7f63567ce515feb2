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


def kept_triggers(pipeline: Pipeline, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(trigger word, code, steps) of the triggers kept after the trigger stage, on ``text``."""
    import datetime as dt

    doc = pipeline.nlp(text)
    doc._.ne_article = "t"
    doc._.ne_published = dt.date(2021, 3, 10)
    for name, stage in pipeline.stages.pipeline:
        doc = stage(doc)
        if name == "newsevents_triggers":
            break
    return [(t.token.text, t.pattern.code, t.steps) for t in doc._.ne_triggers if t.kept]
