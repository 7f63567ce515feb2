"""A speaker noun takes the role of the body it speaks for (actors.agentrole, words.tsv speaker-nouns):
"an army spokesman" is MIL, "a police spokeswoman" COP, while a bare spokesman or one of a ministry stays
GOV. Donors are of no single country (words.tsv stateless-nouns) and aid agencies are NGO agents.
Sentences written for these tests."""

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
    ("A spokesman for the Chadian army accused Sudan of shelling the town on Tuesday.", "11", "TCDMIL"),
])  # fmt: skip
def test_speaker_takes_body_role(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-12"))
    assert isinstance(result, ArticleResult)
    sources = [e.source.code for e in result.events if e.root == root]
    assert sources and sources[0] == source


@pytest.mark.parametrize("text", [
    "ACCRA, May 4 (Wire) - Donors pledged 300 million dollars to Chad at a conference on Tuesday.",
    "International donors pledged 300 million dollars to Chad at a conference in Paris on Tuesday.",
])  # fmt: skip
def test_donors_are_of_no_country(pipeline: Pipeline, text: str) -> None:
    # (words.tsv stateless-nouns) neither the dateline's nor the receiving country gives the donors theirs
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-12"))
    assert isinstance(result, ArticleResult)
    pledges = [e for e in result.events if e.root == "03"]
    assert pledges and pledges[0].source.country is None and pledges[0].target.country == "TCD"


def test_aid_agencies_are_agents(pipeline: Pipeline) -> None:
    text = "Aid agencies accused Chad of blocking food convoys to the north on Tuesday."
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-12"))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.role, e.target.country) for e in result.events] == [("11", "NGO", "TCD")]
