"""Units and craft named by the armed or police body that sent them act for it (actors/armed_modifier.py,
issue 10 cause 3): "navy ships" are MIL, "police units" COP; a plural head only. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsevents.actors.armed_modifier import armed_modifier_role
from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Chilean navy ships fired missiles at Peruvian radar sites on Monday.", "19", "CHLMIL", "PER"),
    ("Chilean air force transports landed in Lima on Saturday with medical teams for Peruvian survivors.",
     "07", "CHLMIL", "PER"),
])  # fmt: skip
def test_armed_modifier_role(pipeline: Pipeline, text: str, root: str, source: str, target: str) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-02-01"))
    assert isinstance(result, ArticleResult)
    assert [(e.root, e.source.code, e.target.country if e.target else None) for e in result.events] == [
        (root, source, target)
    ]


@pytest.mark.parametrize(("text", "head", "role"), [
    ("Chilean navy ships sailed north.", "ships", "MIL"),
    ("Police units sealed off the square.", "units", "COP"),
    ("The navy base was quiet.", "base", None),  # singular: a place, not a unit
    ("Farm trucks blocked the road.", "trucks", None),  # no armed body
])  # fmt: skip
def test_armed_modifier_heads(read, word, text: str, head: str, role: str | None) -> None:
    actors = read(text)
    assert armed_modifier_role(actors.resolver, word(actors.doc, head)) == role
