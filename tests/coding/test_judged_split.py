"""'called X Y' the parser read as one phrase (coding/judged_split.py, rule ``trigger:called-split``), and
the blame words the list lacked (words.toml ``negative_judgements``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-02"))
    assert isinstance(result, ArticleResult)
    return [e for e in result.events if e.evidence.trigger == "called"]


@pytest.mark.parametrize(
    "text",
    [
        # "ruling" hung as a modifier of "betrayal", though it has its own determiner
        "The Chinese foreign ministry called the ruling a betrayal.",
        "Chile's president called the storming treasonous.",
        # "aggression" hung as the object of "shelling", taken for the complement
        "Vietnam's foreign ministry called the shelling an act of aggression.",
    ],
)
def test_a_judgement_read_as_one_phrase_is_a_criticism(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert [e.cameo for e in events] == ["111"]
    assert "trigger:called-split" in events[0].evidence.steps


@pytest.mark.parametrize(
    "text",
    [
        "Peru's president called the remarks nasty.",
        "Brazil's president called the situation in the capital a mess.",
        "Kenya's president called the verdict prejudiced.",
    ],
)
def test_words_of_scorn_criticise(pipeline: Pipeline, text: str) -> None:
    assert [e.cameo for e in _events(pipeline, text)] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese foreign ministry called the ruling a surprise.",
        "Chile's president called the storming unexpected.",
    ],
)
def test_a_verdict_without_tone_is_no_judgement(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []
