"""A region's leaders meeting in one of the region's states speak through their host (actors/bloc_host.py):
"Gulf leaders" at a summit filed from a Gulf capital are the host's; filed from a state outside the
region, or with no place, they stay a group of no single state. Sentences written for these tests."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2016-04-15"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


def _sources(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.source.country for e in _events(pipeline, text) if e.evidence.trigger == trigger]


def test_gulf_leaders_at_a_summit_in_a_gulf_state_are_the_hosts(pipeline: Pipeline) -> None:
    text = "MUSCAT, April 14 (Wire) - Gulf leaders signed a trade accord with Jordan on Thursday."
    assert _sources(pipeline, text, "signed") == ["OMN"]


def test_nordic_ministers_in_a_nordic_capital_are_the_hosts(pipeline: Pipeline) -> None:
    text = "REYKJAVIK, April 14 (Wire) - Nordic ministers condemned the jailing of a Belarusian poet."
    assert _sources(pipeline, text, "condemned") == ["ISL"]


def test_a_host_outside_the_region_is_no_member(pipeline: Pipeline) -> None:
    text = "LISBON, April 14 (Wire) - Gulf leaders signed a trade accord with Jordan on Thursday."
    assert _sources(pipeline, text, "signed") == [None]
