"""A speaker noun takes the role of the body it speaks for (actors.agentrole, words.tsv speaker-nouns):
"an army spokesman" is MIL, "a police spokeswoman" COP, while a bare spokesman or one of a ministry stays
GOV. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "root", "source"), [
    ("A Chadian army spokesman accused Sudan of shelling the town on Tuesday.", "11", "TCDMIL"),
    ("A Chadian navy spokeswoman accused Sudan of shelling the town on Tuesday.", "11", "TCDMIL"),
    ("Chad's police spokesman accused Sudan of shelling the town on Tuesday.", "11", "TCDCOP"),
    ("A Chadian defence ministry spokesman accused Sudan of shelling the town on Tuesday.", "11", "TCDGOV"),
    ("A Chadian spokesman accused Sudan of shelling the town on Tuesday.", "11", "TCDGOV"),
])  # fmt: skip
def test_speaker_takes_body_role(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-12"))
    assert isinstance(result, ArticleResult)
    sources = [e.source.code for e in result.events if e.root == root]
    assert sources and sources[0] == source
