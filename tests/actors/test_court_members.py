"""Judges and prosecutors placed at an international court are that court's, not the country of the
crimes the sentence names (issue 10, helper pnow; ``actors/court_members.py``, read by the phrase rule
``agent-in-context``). Every sentence is invented."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult

_DAY = "2021-05-04"


def _sources(pipeline: Pipeline, text: str, root: str) -> list[str | None]:
    result = pipeline.analyze_article(Article(id="t", text=text, published=_DAY))
    assert isinstance(result, ArticleResult)
    return [e.source.code for e in result.events if e.root == root]


def test_judges_at_an_international_court_are_the_court(pipeline: Pipeline) -> None:
    text = (
        "Judges at the International Criminal Court on Tuesday issued an arrest warrant for a Libyan "
        "commander."
    )
    assert _sources(pipeline, text, "17") == ["IGOJUDICC"]


def test_judges_placed_in_a_country_stay_its_judges(pipeline: Pipeline) -> None:
    text = "Judges in Lima issued an arrest warrant on Monday for a former Peruvian minister."
    assert _sources(pipeline, text, "17") == ["PERJUD"]
