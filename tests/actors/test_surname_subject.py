"""A later bare surname the recogniser labels a town is still the person named in full before, when it is
a clause's subject or a passive's agent (issue 10, helper persons41; ``actors/surname_subject.py``). Every
sentence is invented."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


def _sources(pipeline: Pipeline, text: str, root: str) -> list[tuple[str | None, str | None]]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2023-08-02"))
    assert isinstance(result, ArticleResult)
    return [(e.source.country, e.source.role) for e in result.events if e.root == root]


def test_surname_read_as_a_town_is_the_president(pipeline: Pipeline) -> None:
    text = ("MANAGUA, Oct 15 (Wire) - Lawmakers voted to impeach President Andry Carmona on Tuesday. "
            "Carmona, speaking from an undisclosed location, called the vote illegal.")
    assert _sources(pipeline, text, "11") == [("NIC", "GOV")]


def test_surname_read_as_a_town_as_a_passive_agent(pipeline: Pipeline) -> None:
    text = ("MANAGUA, Oct 15 (Wire) - Nicaraguan Foreign Minister Andry Carmona flew to Tegucigalpa on "
            "Monday. Honduras's president was criticised by Carmona on Tuesday.")
    assert _sources(pipeline, text, "11") == [("NIC", "GOV")]
