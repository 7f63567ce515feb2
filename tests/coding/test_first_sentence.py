"""The first sentence after a dateline (thirty-second round, datelined): a time word between the real
subject and its verb ("The Council today adopted") is no subject the parser displaced from the dateline
(coding/datelined.py); "The Council" with no body named before it is the body the title names
(actors/title_body.py); the UN's councils are UN bodies, not unlisted NGOs (tools/curated_actors.jsonl).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str, published: str, title: str | None = None) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published, title=title))
    assert isinstance(result, ArticleResult)
    return list(result.events)


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA, June 10 -- The Security Council today condemned the shelling of a school in Ruritania.",
        "VIENNA, June 10 -- The Security Council Thursday condemned the shelling of a school in Ruritania.",
        "GENEVA, June 10 -- The Security Council condemned the shelling of a school in Ruritania.",
    ],
)
def test_time_word_is_no_displaced_subject(pipeline: Pipeline, text: str) -> None:
    """The body between the dateline and the verb is the subject, whatever time word stands before it."""
    events = _events(pipeline, text.replace("Ruritania", "Chad"), "2021-06-10")
    assert any(e.cameo.startswith("11") and e.source.code == "IGOUNO" for e in events), [
        (e.cameo, e.source.code) for e in events
    ]


def test_human_rights_council_is_a_un_body(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 -- The Human Rights Council today voted to send investigators to Eritrea."
    events = _events(pipeline, text, "2020-03-03")
    assert events and all(e.source.code == "IGOUNO" for e in events), [(e.cameo, e.source) for e in events]


def test_short_name_takes_the_body_the_title_names(pipeline: Pipeline) -> None:
    """No body is named before "The Council": the title's Human Rights Council is meant."""
    text = "GENEVA, 4 April -- The Council today condemned the killing of protesters in Chad."
    events = _events(pipeline, text, "2022-04-04", title="Human Rights Council rebukes Chad over crackdown")
    assert any(e.cameo.startswith("11") and e.source.code == "IGOUNO" for e in events), [
        (e.cameo, e.source) for e in events
    ]


def test_title_without_such_a_body_names_none(pipeline: Pipeline) -> None:
    """A title that names no council gives "The Council" no body."""
    text = "GENEVA, 4 April -- The Council today condemned the killing of protesters in Chad."
    events = _events(pipeline, text, "2022-04-04", title="Floods sweep the south of Chad")
    assert not any(e.source.code == "IGOUNO" for e in events), [(e.cameo, e.source) for e in events]
