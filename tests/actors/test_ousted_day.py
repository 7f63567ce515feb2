"""A leader removed from office (by a vote, by a coup) still holds it on the day of the removal: the role's
``until`` is exclusive, so it is the day after the last day in office (tools/curated_actors.jsonl). His
reaction that day ("called the takeover illegal", "would not resign") is the government's, not an elite's.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from newsevents.actors.dictionary import ActorDictionary
from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult

D = datetime.date.fromisoformat


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Viktor Yanukovych", "2014-02-22", "UKRGOV"),
    ("Viktor Yanukovych", "2014-02-24", "UKRELI"),
    ("Laisenia Qarase", "2006-12-05", "FJIGOV"),
    ("Laisenia Qarase", "2006-12-07", "FJIELI"),
    ("Mohamed Morsi", "2013-07-03", "EGYGOV"),
    ("Mohamed Morsi", "2013-07-05", "EGYELI"),
    ("Pedro Castillo", "2022-12-07", "PERGOV"),
    ("Nawaz Sharif", "1999-10-12", "PAKGOV"),
    ("Nawaz Sharif", "1999-10-14", "PAKELI"),
])  # fmt: skip
def test_office_held_on_the_day_of_removal(actors: ActorDictionary, name: str, day: str, code: str) -> None:
    hits = [e for e in actors.find(name) if e.kind == "person"]
    assert len(hits) == 1, [e.id for e in hits]
    assert hits[0].code_on(D(day)) == code


def test_ousted_leader_reacting_on_the_day_is_government(pipeline: Pipeline) -> None:
    text = "Laisenia Qarase condemned the army's seizure of power on Tuesday."
    result = pipeline.analyze_article(Article(id="t", text=text, published="2006-12-05"))
    assert isinstance(result, ArticleResult)
    assert result.events, text
    assert {e.source.code for e in result.events} == {"FJIGOV"}
