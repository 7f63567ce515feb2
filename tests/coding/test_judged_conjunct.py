"""An act coordinated with a judgement the speaker reports (coding/judged_conjunct.py, rule
``source:judged-conjunct``): "X said the seizure was unacceptable and summoned the envoy" is X's summons,
when the judged thing names no party; a judged party keeps its own act. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str, trigger: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2020-09-14"))
    assert isinstance(result, ArticleResult)
    return [e for e in result.events if e.evidence.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "The Danish foreign minister said the detention was unacceptable and summoned Iran's ambassador.",
            "summoned",
            "DNK",
        ),
        (
            "Nepal's government said the incursion was a grave provocation and recalled its envoy from "
            "India.",
            "recalled",
            "NPL",
        ),
        (
            "A Swiss foreign ministry spokeswoman said the arbitration ruling was legally binding and called "
            "on Chad and Sudan to comply.",
            "called",
            "CHE",
        ),
        (
            "Ghana's president said the coup was an assault on democracy and threatened to close the border "
            "with Togo.",
            "close",
            "GHA",
        ),
    ],
)
def test_the_speaker_does_the_act_coordinated_with_a_judgement(
    pipeline: Pipeline, text: str, trigger: str, source: str
) -> None:
    events = _events(pipeline, text, trigger)
    assert events, "the act finds its source"
    assert {e.source.country for e in events if e.source} == {source}
    assert "source:judged-conjunct" in events[0].evidence.steps


def test_a_judged_party_keeps_its_own_act(pipeline: Pipeline) -> None:
    text = "Peru's president said the army was ready and sent troops to the border with Ecuador."
    events = _events(pipeline, text, "sent")
    assert all("source:judged-conjunct" not in e.evidence.steps for e in events)
