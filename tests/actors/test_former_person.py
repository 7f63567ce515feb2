"""A person named with a past title keeps another office the dictionary gives them on the article's day
(actors/former.py, issue 10 cause 3): a former president leading the opposition is OPP, one holding no
office ELI. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "published", "source"), [
    ("Former President Alvaro Uribe criticised the peace accord with the rebels on Monday.", "2016-11-21",
     "COLOPP"),
    ("Former President Goodluck Jonathan criticised the election commission on Monday.", "2017-03-06",
     "NGAELI"),
])  # fmt: skip
def test_former_title_and_later_office(pipeline: Pipeline, text: str, published: str, source: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.code) for e in result.events] == [("11", source)]


@pytest.mark.parametrize(("text", "published", "source"), [
    # an elite out of office called a challenger in their own phrase is the opposition (sources9)
    ("His challenger Abdullah Abdullah accused the election commission of fraud on Sunday.", "2014-06-22",
     "AFGOPP"),
    # ... or one living in exile
    ("Former president Mohamed Nasheed, living in exile in London, accused the government of fraud on "
     "Sunday.", "2017-05-07", "MDVOPP"),
    # with no such word the past title stands
    ("Former president Mohamed Nasheed accused the government of fraud on Sunday.", "2017-05-07", "MDVELI"),
])  # fmt: skip
def test_challenger_or_exile_opposes(pipeline: Pipeline, text: str, published: str, source: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.code) for e in result.events] == [("11", source)]
