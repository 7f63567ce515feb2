"""Roles of the security apparatus (corpus/README.md, "Roles of the security apparatus"; issue 10): a
defence ministry or department, the Pentagon included, is the government (GOV, Phoenix ``~GOVMIL``);
troops, soldiers and the army are MIL; police are COP. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "root", "source", "role"), [
    ("The Pentagon accused Iran on Tuesday of seizing a cargo ship.", "11", "USA", "GOV"),
    ("The Defense Department criticised Venezuela on Tuesday.", "11", "USA", "GOV"),
    ("The Peruvian defence ministry accused Chile on Tuesday of spying.", "11", "PER", "GOV"),
    ("Peru's defence minister accused Chile on Tuesday of spying.", "11", "PER", "GOV"),
    ("Peruvian troops shelled a rebel camp near the border with Ecuador on Tuesday.", "19", "PER", "MIL"),
    ("The Peruvian army attacked a rebel camp on Tuesday.", "19", "PER", "MIL"),
    ("Peruvian police arrested two smugglers in Lima on Tuesday.", "17", "PER", "COP"),
])  # fmt: skip
def test_security_roles(pipeline: Pipeline, text: str, root: str, source: str, role: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2019-06-13"))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.country, e.source.role) for e in result.events] == [(root, source, role)]
