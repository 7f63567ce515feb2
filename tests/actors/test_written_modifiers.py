"""Agent phrases whose modifier the lemmatiser changes (actors/agentrole.py): "rights" is lemmatised
"right", so "rights groups" found no row of the agent table under its lemmas; the modifiers as written are
tried too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


def _roles(pipeline: Pipeline, text: str) -> list[str | None]:
    """The source role code (after the country) of each event of ``text``."""
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    assert isinstance(result, ArticleResult)
    return [e.source.code[3:] if e.source.code else None for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups criticised Ethiopia over the detentions.",
        "Human rights groups condemned Egypt for the arrests.",
        "A rights group accused Bahrain of torture.",
    ],
)
def test_rights_groups_are_rights_agents(pipeline: Pipeline, text: str) -> None:
    assert _roles(pipeline, text) == ["HRI"]


def test_a_lemma_row_still_wins(pipeline: Pipeline) -> None:
    # "aid groups" matches its row by lemma as before
    assert _roles(pipeline, "Aid groups criticised Ethiopia over the detentions.") == ["NGODEV"]
