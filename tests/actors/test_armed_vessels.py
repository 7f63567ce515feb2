"""A state's ships, armoured columns and "occupiers" named as actors are its armed forces (MIL), as warships
and vessels are (tools/curated_agents.tsv); cargo and merchant ships stay businesses. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


def _sources(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    assert isinstance(result, ArticleResult)
    return [(e.source.country, e.source.role) for e in result.events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Chinese ships shadowed and warned a Philippine supply boat near the shoal on Monday.",
            ("CHN", "MIL"),
        ),
        ("Russian armoured columns crossed the border into Georgia on Friday.", ("RUS", "MIL")),
        ("The Russian occupiers shelled the town of Kherson overnight, the governor said.", ("RUS", "MIL")),
    ],
)
def test_armed_vessels_are_forces(pipeline: Pipeline, text: str, source: tuple[str, str]) -> None:
    assert source in _sources(pipeline, text)


def test_merchant_ship_is_no_force(pipeline: Pipeline) -> None:
    roles = _sources(pipeline, "A Greek cargo ship rammed a Turkish fishing boat off Lesbos on Monday.")
    assert ("GRC", "MIL") not in roles
