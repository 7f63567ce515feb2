"""Armed groups with a home country (tools/curated_actors.jsonl, actors6 block) and a bracketed short form
that abbreviates the name before it rather than a dictionary namesake (actors/bracket_initials.py;
issue 10). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2019-03-12"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Jaish-e-Mohammed claimed the bombing of a bus in Kashmir on Monday.", "PAKREB"),
        ("Karen National Union rebels attacked an army post on Monday.", "MMRREB"),
        ("The New IRA claimed the car bomb in Derry on Saturday.", "GBRREB"),
    ],
)
def test_armed_group_takes_its_home(pipeline: Pipeline, text: str, code: str) -> None:
    sources = [e.source.code for e in _events(pipeline, text) if e.source]
    assert sources and sources[0] == code


def test_bracketed_initials_name_the_phrase_before(pipeline: Pipeline) -> None:
    text = (
        "MANILA, May 2 (Wire) - The Armed Forces of the Philippines (AFP) accused China of harassing "
        "its supply boats."
    )
    events = _events(pipeline, text)
    assert [(e.source.code, e.target.country) for e in events if e.source and e.target][:1] == [
        ("PHLMIL", "CHN")
    ]


def test_bracketed_initials_of_the_entry_itself_stay(pipeline: Pipeline) -> None:
    text = "Agence France Presse (AFP) criticised Russia on Monday for expelling a reporter."
    sources = [e.source.code for e in _events(pipeline, text) if e.source]
    assert sources[:1] == ["MED"]


def test_capital_before_a_reporter_is_the_posting(pipeline: Pipeline) -> None:
    text = "Russia expelled a Moscow-based Washington Post reporter on Friday."
    targets = [e.target.code for e in _events(pipeline, text) if e.target]
    assert targets[:1] == ["USAMED"]
