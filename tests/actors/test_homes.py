"""Home countries the actor tables do not give (actors/homes.py, rules ``outlet-staff`` and ``settlers``;
issue 10): a national outlet's reporter is of its home country, the outlet itself stays a non-state
body; settlers placed in the West Bank are Israeli. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2019-03-12"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Belarus expelled a BBC correspondent on Monday.", "GBR"),
        ("Venezuela detained two New York Times reporters on Monday.", "USA"),
        ("Egypt deported Washington Post correspondent Mark Ellison on Monday.", "USA"),
    ],
)
def test_outlet_reporter_is_of_its_home(pipeline: Pipeline, text: str, country: str) -> None:
    targets = [(e.target.country, e.target.role) for e in _events(pipeline, text) if e.target]
    assert targets == [(country, "MED")]


def test_outlet_itself_stays_non_state(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Belarus blocked the BBC on Monday.")
    assert [e.target.country for e in events if e.target] in ([], [None])


def test_settler_in_the_west_bank_is_israeli(pipeline: Pipeline) -> None:
    text = "RAMALLAH, March 11 (Wire) - A settler in the West Bank shot dead a Palestinian shepherd."
    events = _events(pipeline, text)
    assert [(e.root, e.source.code) for e in events if e.source] == [("18", "ISRCVL")]


def test_settlers_elsewhere_keep_their_place(pipeline: Pipeline) -> None:
    text = "HONIARA, March 11 (Wire) - Settlers on Guadalcanal accused the Solomon Islands police."
    events = _events(pipeline, text)
    assert {e.source.country for e in events if e.source} <= {"SLB"}
