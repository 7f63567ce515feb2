"""Actors of the conflicts and diplomacy of 2019-2026 that the Phoenix lists (frozen about 2015) lack
(issue 10, helper pnow, probe set ``pnow``): Sahel junta leaders with the dates of their rule, Myanmar's
armed groups and shadow government, Haiti's gang coalitions and premiers, spokespeople, commanders and
envoys (``tools/curated_actors.jsonl``, converted into ``actors/data/actors.jsonl``). Every sentence
below is invented."""

from __future__ import annotations

import datetime

import pytest

from newsevents.actors.dictionary import ActorDictionary
from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event

D = datetime.date.fromisoformat


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _one(actors: ActorDictionary, name: str, country: str, kind: str) -> str:
    hits = [e for e in actors.find(name) if e.kind == kind and e.country == country]
    assert len(hits) == 1, [e.id for e in hits]
    return hits[0].id


@pytest.mark.parametrize(("name", "country", "day", "code"), [
    # a junta leader is the state's government from the day he takes power, its soldier before
    ("Abdourahamane Tiani", "NER", "2023-07-01", "NERMIL"),
    ("Abdourahamane Tiani", "NER", "2024-03-01", "NERGOV"),
    ("Assimi Goita", "MLI", "2022-01-01", "MLIGOV"),
    ("Ibrahim Traore", "BFA", "2022-06-01", "BFAMIL"),
    ("Ibrahim Traore", "BFA", "2023-06-01", "BFAGOV"),
    ("Paul-Henri Damiba", "BFA", "2023-01-01", "BFAMIL"),
    ("Garry Conille", "HTI", "2024-08-01", "HTIGOV"),
    ("Garry Conille", "HTI", "2025-01-01", "HTIELI"),
    ("Alix Didier Fils-Aime", "HTI", "2025-01-01", "HTIGOV"),
    ("Ararat Mirzoyan", "ARM", "2023-09-01", "ARMGOV"),
    ("Jeyhun Bayramov", "AZE", "2023-09-01", "AZEGOV"),
    ("Lin Jian", "CHN", "2025-11-01", "CHNGOV"),
    ("Herzi Halevi", "ISR", "2024-05-01", "ISRMIL"),
    ("Eyal Zamir", "ISR", "2025-06-01", "ISRMIL"),
    ("Ousmane Sonko", "SEN", "2023-01-01", "SENOPP"),
    ("Ousmane Sonko", "SEN", "2025-01-01", "SENGOV"),
    ("Steve Witkoff", "USA", "2025-06-01", "USAGOV"),
    ("Alexei Smirnov", "RUS", "2024-08-07", "RUSGOV"),
])
def test_recent_office_holders_on_dates(actors: ActorDictionary, name: str, country: str, day: str,
                                        code: str) -> None:
    assert actors.entry(_one(actors, name, country, "person")).code_on(D(day)) == code


@pytest.mark.parametrize(("name", "country", "code"), [
    ("Arakan Army", "MMR", "MMRREB"),
    ("National Unity Government", "MMR", "MMROPP"),
    ("Three Brotherhood Alliance", "MMR", "MMRREB"),
    ("TPLF", "ETH", "ETHREB"),
    ("Tigray People's Liberation Front", "ETH", "ETHREB"),
    ("Fano", "ETH", "ETHREB"),
    ("Wagner Group", "RUS", "RUSUAF"),
    ("Africa Corps", "RUS", "RUSMIL"),
    ("Viv Ansanm", "HTI", "HTICRM"),
    ("JNIM", "MLI", "MLIREB"),
    ("ISWAP", "NGA", "NGAREB"),
    ("Pakistani Taliban", "PAK", "PAKREB"),
    ("Libyan National Army", "LBY", "LBYUAF"),
    ("Kataib Hezbollah", "IRQ", "IRQUAF"),
    ("Allied Democratic Forces", "COD", "CODREB"),
])
def test_recent_armed_groups_and_bodies(actors: ActorDictionary, name: str, country: str, code: str) -> None:
    entry = actors.entry(_one(actors, name, country, "group"))
    assert entry.code_on(D("2024-06-01")) == code


def _events(pipeline: Pipeline, text: str, published: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    return list(result.events)


def test_junta_leader_speaks_for_his_state(pipeline: Pipeline) -> None:
    # (his state's; named with his military title he is its military: coding/military_titles.py,
    # corpus/README.md: generals are MIL)
    text = "General Abdourahamane Tiani accused Benin of hosting foreign troops on Monday."
    events = _events(pipeline, text, "2024-05-14")
    assert [(e.root, e.source.code, e.target.country if e.target else None) for e in events] == [
        ("11", "NERMIL", "BEN")]


def test_shadow_government_is_the_states_opposition(pipeline: Pipeline) -> None:
    events = _events(pipeline, "The National Unity Government urged Thailand to close its border to "
                     "the junta's arms suppliers on Friday.", "2024-03-09")
    hits = [e for e in events if e.root == "02"]
    assert [(e.source.code, e.target.country if e.target else None) for e in hits] == [("MMROPP", "THA")]


def test_gang_leader_is_a_criminal_of_his_country(pipeline: Pipeline) -> None:
    text = "Jimmy Cherizier threatened to attack the Kenyan police on Sunday."
    events = _events(pipeline, text, "2024-07-02")
    assert {(e.root, e.source.code) for e in events} == {("13", "HTICRM")}


def test_sahel_confederation_is_an_international_body(actors: ActorDictionary) -> None:
    hits = [e for e in actors.find("Alliance of Sahel States") if e.kind == "igo"]
    assert [e.code_on(D("2024-07-06")) for e in hits] == ["IGOWAF"]
