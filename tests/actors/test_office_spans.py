"""Offices of well-known people in the years they held them (tools/curated_actors.jsonl, issue 10
cause 3): a Speaker of a legislature is LEG while in the chair, a released opposition leader OPP until
he takes office, a president recognised after a disputed election GOV from his recognition and his
predecessor no longer; a coup leader is the military (tools/curated_agents.tsv). Sentences written
for these tests."""

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
    ("Nancy Pelosi", "2009-06-01", "USAGOVLEG"),
    ("Nancy Pelosi", "2015-06-01", "USAELI"),
    ("Nancy Pelosi", "2022-08-03", "USAGOVLEG"),
    ("Nancy Pelosi", "2024-01-01", "USAELI"),
    ("Nelson Mandela", "1989-06-01", "ZAFELI"),
    ("Nelson Mandela", "1991-06-01", "ZAFOPP"),
    ("Nelson Mandela", "1996-06-01", "ZAFGOV"),
    ("Alassane Ouattara", "2011-04-12", "CIVGOV"),
    ("Alassane Ouattara", "2005-01-01", "CIVELI"),
    ("Laurent Gbagbo", "2005-01-01", "CIVGOV"),
    ("Laurent Gbagbo", "2011-05-01", "CIVELI"),
])  # fmt: skip
def test_office_spans(actors: ActorDictionary, name: str, day: str, code: str) -> None:
    hits = [e for e in actors.find(name) if e.kind == "person"]
    assert len(hits) == 1, [e.id for e in hits]
    assert hits[0].code_on(D(day)) == code


@pytest.mark.parametrize(("text", "published", "code"), [
    ("House Speaker Nancy Pelosi met the Japanese prime minister in Tokyo on Friday.", "2022-08-05",
     "USAGOVLEG"),
    ("Nelson Mandela urged the government to free all political prisoners on Sunday.", "1990-03-04",
     "ZAFOPP"),
    ("Alassane Ouattara urged Ivorians to lay down their arms on Monday.", "2011-04-12", "CIVGOV"),
])  # fmt: skip
def test_office_roles_in_events(pipeline: Pipeline, text: str, published: str, code: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    events = result.events
    assert events, text
    assert {e.source.code for e in events} == {code}


@pytest.mark.parametrize("phrase", ["coup leader", "coup leaders", "coup d'etat leader"])
def test_coup_leaders_are_military(actors: ActorDictionary, phrase: str) -> None:
    # The leader of a coup is an officer holding power: the military's act, not a rebel's.
    assert actors.agent_role(phrase) == "MIL"


def test_coup_leader_as_source(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, March 9 (Wire) - Mali's coup leader, Captain Yaya Konate, promised to hand power back "
        "to civilians on Monday."
    )
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.code) for e in result.events] == [("03", "MLIMIL")]
