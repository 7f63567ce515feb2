"""A clause whose only time is a length of time gives no date (coding/durations.py): "a deal brokered by
Brazil after four days of talks" is news, its "by" agent the broker; "land seized by the army in 1975"
stays backstory. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.coding.durations import only_durations
from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Peru restored ties in a deal brokered by Brazil after four days of talks.", "brokered", True),
        ("They freed a pilot held by the rebels for more than three years.", "held", True),
        ("They returned land seized by the army in 1975.", "seized", False),
        ("They praised a truce brokered by Norway last month.", "brokered", False),
        ("They praised a truce brokered by Norway.", "brokered", False),
    ],
)
def test_only_durations(pipeline: Pipeline, text: str, word: str, expected: bool) -> None:
    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert only_durations(tok) is expected


def test_a_broker_named_with_a_duration_is_the_source(pipeline: Pipeline) -> None:
    text = (
        "Chile and Peru agreed on Friday to restore ties, in a deal brokered by Brazil after four days of "
        "talks."
    )
    result = pipeline.analyze_article(Article(id="t", text=text, published="2022-05-06"))
    assert isinstance(result, ArticleResult)
    brokered = [e for e in result.events if e.evidence.trigger == "brokered"]
    assert [(e.root, e.source.country if e.source else None) for e in brokered] == [("04", "BRA")]
