"""A name two people share picks the one holding office on the article's day (actors/mentions.py,
issue 10 cause 3): "President George Bush" is the father in a 1991 report and the son in a 2005 one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("published", "name"), [
    ("1991-07-31", "George Bush"),
    ("2005-07-31", "George W. Bush"),
])  # fmt: skip
def test_shared_alias_in_office(pipeline: Pipeline, published: str, name: str) -> None:
    text = "President George Bush met the Danish prime minister in Washington on Tuesday."
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.name, e.source.code) for e in result.events] == [("04", name, "USAGOV")]
