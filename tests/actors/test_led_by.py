"""A ruling or armed body described as led by a named person is that person's country's ("the junta, led by
General X"), not the country whose ruler the article named last (issue 10, helper pnow;
``actors/led_by.py``, read by the phrase rule ``definite-description``). Every sentence is invented."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult


def _sources(pipeline: Pipeline, text: str, root: str) -> list[str | None]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2023-08-02"))
    assert isinstance(result, ArticleResult)
    return [e.source.country for e in result.events if e.root == root]


def test_junta_led_by_a_named_general_is_his_countrys(pipeline: Pipeline) -> None:
    text = ("Protesters marched on the Belgian embassy in Niamey on Tuesday. Belgium condemned the violence. "
            "The junta, led by General Abdourahamane Tiani, on Wednesday accused Belgium of plotting an "
            "invasion.")
    assert _sources(pipeline, text, "11") == ["BEL", "NER"]


def test_team_led_by_a_national_is_not_his_countrys(pipeline: Pipeline) -> None:
    text = ("U.N. inspectors arrived in Khartoum on Monday. The team, led by Norwegian chemist Ola Nordmann, "
            "visited two clinics on Tuesday.")
    assert "NOR" not in _sources(pipeline, text, "04")
