"""The dateline's own city written again in the text places an agent "in" it even when the recogniser took
the city for a person or a body (actors/doc_countries.py ``dateline_city``, sources9). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "root", "source"), [
    # "Bari" read as a person: the farmers are still Italy's, not the country of the imports
    ("BARI, March 2 (Wire) - Farmers in Bari blocked a road on Tuesday in protest against imports from "
     "Tunisia.", "14", "ITA"),
    # "Livorno" read as a body: the dockers are Italy's, not the country of the war
    ("LIVORNO, May 20 (Wire) - Dock workers in Livorno refused on Monday to unload a Saudi ship carrying "
     "arms, saying they could be used in Yemen.", "12", "ITA"),
])  # fmt: skip
def test_agent_in_the_dateline_city(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-02"))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.country) for e in result.events if e.source] == [(root, source)]
