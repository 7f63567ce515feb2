"""A bare name that is the surname of a dictionary person named in full earlier is that person, even when
another dictionary person bears the same word as a name (actors/own_surnames.py), on sentences written for
this test."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


def test_a_surname_that_repeats_the_forename(pipeline: Pipeline) -> None:
    text = (
        "HERAT, March 4 (Wire) - Abdullah Abdullah, the chief executive, toured a clinic in Herat on "
        "Tuesday. Abdullah later criticised the governor."
    )
    result = pipeline.analyze_article(Article(id="t", text=text, published="2014-03-04"))
    assert isinstance(result, ArticleResult)
    assert result.events
    assert {e.source.country for e in result.events} == {"AFG"}
