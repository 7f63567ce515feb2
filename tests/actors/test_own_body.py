"""A body named only by its owner (actors/own_body.py, rule ``owned-body``): "its air defences", "its
members", "his delegation", "the prosecutor's office" act for their owner, a possessive pronoun's
antecedent or the one actor a possessor names; nouns of other people ("their captors") are not read so.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str, trigger: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-06-02"))
    assert isinstance(result, ArticleResult)
    return [e for e in result.events if e.evidence.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Jordan's army reported that its air defences shot down two drones over Irbid.", "shot", "JOR"),
        ("Uruguay said its delegation would boycott the talks with Paraguay.", "boycott", "URY"),
        ("The African Union said its members would suspend Mali from all activities.", "suspend", "IGO"),
        (
            "Uruguay's foreign minister arrived in Geneva on Monday. The minister's delegation condemned the "
            "decision of the council.",
            "condemned",
            "URY",
        ),
        (
            "Paraguay said that a statement from the minister's office had condemned the decision of the "
            "council.",
            "condemned",
            "PRY",
        ),
    ],
)
def test_an_owned_body_acts_for_its_owner(pipeline: Pipeline, text: str, trigger: str, source: str) -> None:
    events = _events(pipeline, text, trigger)
    assert events, "the act finds its source"
    assert all(e.source is not None and e.source.code.startswith(source) for e in events)
    assert "actor:owned-body" in events[0].evidence.steps


def test_a_body_with_no_owner_is_not_read_so(pipeline: Pipeline) -> None:
    text = "The delegation said on Friday it would boycott the talks with Peru."
    events = _events(pipeline, text, "boycott")
    assert all("actor:owned-body" not in e.evidence.steps for e in events)


def test_other_peoples_nouns_are_not_their_owner(pipeline: Pipeline) -> None:
    text = "Two Chilean engineers were kidnapped near Oruro, and their captors threatened to kill them."
    events = _events(pipeline, text, "threatened")
    assert all(e.source is None or e.source.country != "CHL" for e in events)


def test_an_owned_armed_unit_is_its_owners_military(pipeline: Pipeline) -> None:
    text = "The Omani government said its air defences had shot down a drone over Salalah."
    events = _events(pipeline, text, "shot")
    assert [(e.source.country, e.source.role) for e in events if e.source] == [("OMN", "MIL")]
