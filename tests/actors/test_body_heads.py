"""Who heads or speaks for a body takes the body's role, and bodies and titles the agent tables lacked
(agents branch of the twenty-seventh round). Sentences written for these tests.

- a head noun (words.tsv body-heads: commander, chief, head) takes the role of the body before it or after
  "of", as a speaker noun does (actors.agentrole): "a police commander" is COP, not the bare commander's MIL;
- a speaker or head noun owned by a body ("the army's spokesman") speaks for that body;
- election boards, bureaus and councils are GOV, rangers MIL, a state's leadership GOV, an investigative
  committee JUD (tools/curated_agents.tsv);
- an opposition title beats the office a dictionary entry keeps with no end date (actors.people);
- a bare capitalised word coordinated with a modified agent noun shares that noun ("Kyrgyz and Uzbek
  border guards", which the parser may split after "Kyrgyz": actors.agentrole).
"""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


def _sources(pipeline: Pipeline, text: str, root: str, published: str = "2021-03-12") -> list[str | None]:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    return [e.source.code for e in result.events if e.root == root]


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Chad's police commander accused Sudan of shelling the town on Tuesday.", "11", "TCDCOP"),
    ("The Chadian army's spokesman accused Sudan of shelling the town on Tuesday.", "11", "TCDMIL"),
    ("The head of Chad's navy accused Sudan of shelling the town on Tuesday.", "11", "TCDMIL"),
    ("Chad's chief of police accused Sudan of shelling the town on Tuesday.", "11", "TCDCOP"),
    ("Chad's military chief accused Sudan of shelling the town on Tuesday.", "11", "TCDMIL"),
    # (no body named: the noun's own row stands)
    ("The Chadian commander accused Sudan of shelling the town on Tuesday.", "11", "TCDMIL"),
    ("The Chadian president's spokesman accused Sudan of shelling the town on Tuesday.", "11", "TCDGOV"),
])  # fmt: skip
def test_head_takes_body_role(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    sources = _sources(pipeline, text, root)
    assert sources and sources[0] == source


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Chad's election board rejected a request to delay the vote on Tuesday.", "12", "TCDGOV"),
    ("Chad's central electoral bureau barred a candidate from the vote on Tuesday.", "17", "TCDGOV"),
    ("The observers were invited by Chad's National Electoral Council on Tuesday.", "04", "TCDGOV"),
    ("Chadian Rangers fired mortar bombs at Sudanese posts on Tuesday.", "19", "TCDMIL"),
    ("The Chadian leadership asked residents to gather at the palace on Tuesday.", "02", "TCDGOV"),
    ("Chad's Investigative Committee opened a criminal case against the mayor on Tuesday.", "09", "TCDJUD"),
])  # fmt: skip
def test_table_bodies(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    sources = _sources(pipeline, text, root)
    assert sources and sources[0] == source



def test_opposition_title_beats_open_office(pipeline: Pipeline) -> None:
    # (the dictionary lists this politician as a lawmaker from 1998 with no end date)
    text = "Opposition figure Sam Rainsy urged foreign governments on Tuesday to reject the vote."
    assert _sources(pipeline, text, "02", "2013-08-01")[:1] == ["KHMOPP"]


def test_coordinated_adjective_shares_the_agent_noun(pipeline: Pipeline) -> None:
    # (the parser reads "Kyrgyz" alone as the subject and "Uzbek border guards" as its conjunct)
    text = "Kyrgyz and Uzbek border guards fired on each other near the canal on Monday."
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-12"))
    assert isinstance(result, ArticleResult)
    sides = [(e.source.code, e.target.code if e.target else None) for e in result.events if e.root == "19"]
    assert sides == [("KGZMIL", "UZBMIL")]
