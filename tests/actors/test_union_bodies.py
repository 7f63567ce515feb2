"""A union centre is labour (LAB), not a legislature (sources3 branch of the thirtieth round). Sentences
written for these tests.

- a body named by its members after "of" takes their role (words.tsv member-bodies: congress,
  confederation, federation; actors.agentrole): "the Congress of Trade Unions" is LAB;
- "labour congress", "union congress", "union confederation", "union federation" are LAB
  (tools/curated_agents.tsv), where "congress" alone stays LEG;
- a hyphenated title is read whole (actors.agentrole): "the prosecutor-general's office" is JUD, not the
  military rank "general" (MIL).
"""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


def _sources(pipeline: Pipeline, text: str, root: str) -> list[str | None]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-12"))
    assert isinstance(result, ArticleResult)
    return [e.source.code for e in result.events if e.root == root]


@pytest.mark.parametrize(("text", "root", "source"), [
    ("LUSAKA, March 3 (Wire) - The Zambia Congress of Trade Unions called a national strike on Tuesday.",
     "14", "ZMBLAB"),
    ("ACCRA, March 3 (Wire) - The Ghana Labour Congress rejected the government's wage offer on Tuesday.",
     "12", "GHALAB"),
    ("LIMA, March 3 (Wire) - Peru's main union confederation accused the government of betraying workers.",
     "11", "PERLAB"),
])  # fmt: skip
def test_union_centre_is_labour(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    sources = _sources(pipeline, text, root)
    assert sources and sources[0] == source


def test_bare_congress_stays_legislature(pipeline: Pipeline) -> None:
    text = "WASHINGTON, March 3 (Wire) - The Congress rejected the president's budget on Tuesday."
    assert _sources(pipeline, text, "12")[:1] == ["USALEG"]


@pytest.mark.parametrize(("text", "root", "source"), [
    ("ALMATY, May 3 (Wire) - The prosecutor-general's office said it had opened a criminal case against the "
     "mayor on Tuesday.", "09", "KAZJUD"),
    ("ALMATY, May 3 (Wire) - Kazakhstan's prosecutor-general opened a criminal case against the mayor on "
     "Tuesday.", "09", "KAZJUD"),
    ("LIMA, May 3 (Wire) - The attorney-general's office accused the former president of rebellion on "
     "Tuesday.", "11", "PERJUD"),
])  # fmt: skip
def test_hyphenated_title_is_no_rank(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    # (a title joined by a hyphen is read whole: "prosecutor-general" is no general of an army)
    sources = _sources(pipeline, text, root)
    assert sources and sources[0] == source
