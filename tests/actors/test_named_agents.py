"""A role word read past the proper name between it and its head (actors/named_agents.py, issue 10
cause 3): "the opposition Labour party" is an opposition party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "code"), [
    ("Norway's opposition Labour party criticised the plan on Monday.", "NOROPP"),
    ("India's opposition Congress party condemned the new tax on Monday.", "INDOPP"),
    # no name in between: the ordinary reading, unchanged
    ("Kenya's opposition party condemned the new tax on Monday.", "KENOPP"),
    # a name with no role word before it gives no role
    ("Norway's Labour party criticised the plan on Monday.", "NOR"),
])  # fmt: skip
def test_role_word_before_a_name(pipeline: Pipeline, text: str, code: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    assert isinstance(result, ArticleResult)
    assert [e.source.code for e in result.events] == [code]
