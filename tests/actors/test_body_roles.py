"""State bodies told apart by their own words (tools/curated_agents.tsv, issue 10 cause 3): a police
unit is COP even when its head noun is a military one ("police special forces"), a prosecutor's
office is JUD, a presidential office speaks for the government (GOV). Sentences written for these
tests. A legislator in office (a dictionary code "GOVLEG") acts for the legislature, LEG
(actors/people.py)."""

from __future__ import annotations

import pytest

from newsevents.actors.dictionary import ActorDictionary
from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("phrase", "role"), [
    ("police special force", "COP"),
    ("police special forces", "COP"),
    ("police commandos", "COP"),
    ("special forces", "MIL"),
    ("prosecutor 's office", "JUD"),
    ("presidential office", "GOV"),
    ("sanitary inspector", "GOV"),
])  # fmt: skip
def test_body_agent_roles(phrase: str, role: str) -> None:
    assert ActorDictionary.load().agent_role(phrase) == role


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Police special forces arrested the fugitive banker in Lima on Thursday.", "17", "PERCOP"),
    ("Special forces attacked the rebel camp in the hills of Peru on Thursday.", "19", "PERMIL"),
    ("The Swiss prosecutor's office opened an investigation into the bank on Thursday.", "09", "CHEJUD"),
    ("Peru's presidential office urged Chile to reopen the border on Thursday.", "02", "PERGOV"),
    # the attorney general's office is a prosecution service; the title alone keeps its row (sources9)
    ("The Swiss attorney general's office opened an investigation into the bank on Thursday.", "09",
     "CHEJUD"),
    ("LIMA, March 11 (Wire) - The attorney general's office accused the former mayor of fraud on Thursday.",
     "11", "PERJUD"),
    # (the title's own row: Phoenix's GOVJUD, role GOV)
    ("WASHINGTON, March 11 (Wire) - The attorney general accused the former mayor of fraud on Thursday.",
     "11", "USAGOVJUD"),
    # a state's public-health regulator is its government (sources9)
    ("Russia's chief sanitary inspector banned imports of Latvian cheese on Thursday.", "16",
     "RUSGOV"),
])  # fmt: skip
def test_body_roles_as_sources(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-12"))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.code) for e in result.events] == [(root, source)]


@pytest.mark.parametrize(("published", "code", "role"), [
    ("2022-08-05", "USAGOVLEG", "LEG"),  # in the Speaker's chair: acts for the legislature
    ("2015-06-01", "USAELI", "ELI"),  # out of it
])  # fmt: skip
def test_legislator_in_office_is_leg(pipeline: Pipeline, published: str, code: str, role: str) -> None:
    text = "Nancy Pelosi arrived in Manila on Monday. Pelosi met the Philippine foreign minister on Tuesday."
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.code, e.source.role) for e in result.events] == [
        ("04", code, role),
        ("04", code, role),
    ]
