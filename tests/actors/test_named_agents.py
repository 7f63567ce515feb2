"""Agent roles read past a proper name (actors/named_agents.py, issue 10 cause 3): "the opposition Labour
party" is an opposition party; "the Information Ministry" of a story set in Pakistan is Pakistan's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "code"), [
    ("Norway's opposition Labour party criticised the plan on Monday.", "NOROPP"),
    ("India's opposition Congress party condemned the new tax on Monday.", "INDOPP"),
    # no name in between: the ordinary reading, unchanged
    ("Kenya's opposition party condemned the new tax on Monday.", "KENOPP"),
    # a name with no role word before it gives no role
    ("Norway's Labour party criticised the plan on Monday.", "NOR"),
])  # fmt: skip
def test_role_word_before_a_name(pipeline: Pipeline, text: str, code: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    assert isinstance(result, ArticleResult)
    assert [e.source.code for e in result.events] == [code]


@pytest.mark.parametrize(("text", "country"), [
    ("ISLAMABAD, March 9 (Wire) - Pakistan's president suspended the chief justice on Friday. The "
     "Information Ministry denied that the judge was under house arrest.", "PAK"),
    ("LIMA, March 9 (Wire) - Peru's president dissolved congress on Friday. The Defence Ministry "
     "deployed troops around the building.", "PER"),
    ("LUSAKA, March 9 (Wire) - Zambia's president sacked the finance minister on Friday. The opposition "
     "United Party for National Development accused the government of corruption.", "ZMB"),
])  # fmt: skip
def test_domestic_body_named_as_organisation(pipeline: Pipeline, text: str, country: str) -> None:
    # A ministry or an opposition party the recogniser takes for an organisation is the story country's.
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    assert isinstance(result, ArticleResult)
    organ = [e for e in result.events if e.evidence.trigger in ("denied", "deployed", "accused")]
    assert [e.source.country for e in organ] == [country], [e.source for e in result.events]
    assert organ[0].source.role == ("OPP" if organ[0].evidence.trigger == "accused" else "GOV")
