"""Intelligence and security services named by their acronyms, and the US Justice Department by its
everyday name (tools/curated_actors.jsonl, pcyber block): without an entry the acronym named nobody, and
"Justice" took the courts of the nearest country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "source"), [
    ("The GRU accused Estonia of provocations on Monday.", "RUSSPY"),
    ("The SVR accused Latvia of provocations on Monday.", "RUSSPY"),
    ("The BND accused Iran of provocations on Monday.", "DEUSPY"),
    ("The ISI accused India of provocations on Monday.", "PAKSPY"),
    ("The MSS accused Taiwan of provocations on Monday.", "CHNSPY"),
    ("ASIO accused Iran of provocations on Monday.", "AUSSPY"),
    ("The SBU accused Russia of provocations on Monday.", "UKRSPY"),
    ("The AIVD accused Russia of provocations on Monday.", "NLDSPY"),
    # "Justice Department" is Washington's, not the courts of the country named beside it
    ("The Justice Department charged two Iranian hackers on Monday.", "USAGOV"),
])  # fmt: skip
def test_services_by_acronym(pipeline: Pipeline, text: str, source: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2022-05-11"))
    assert isinstance(result, ArticleResult)
    assert [e.source.code for e in result.events] == [source]


@pytest.mark.parametrize(("text", "published", "target"), [
    # envoys of spy rows (pcyber block): the country they serve, not the capital they sit in
    ("Russia summoned Ambassador John Sullivan on Friday.", "2021-04-17", "USA"),
    ("Bolivia expelled Philip Goldberg on Wednesday.", "2008-09-11", "USA"),
    ("India summoned Abdul Basit on Thursday.", "2016-10-28", "PAK"),
])  # fmt: skip
def test_envoys_of_spy_rows(pipeline: Pipeline, text: str, published: str, target: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    assert [e.target.country if e.target else None for e in result.events] == [target]
