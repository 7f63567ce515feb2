"""A group of states named by its region (actors/bloc_states.py, rule ``bloc-group``): "Gulf states",
"Western governments" as the ones who act are a named group of no single state (a ``"*"`` source), so their
act is coded; a definite or counted group, an object, and other bloc agents ("Western diplomats") are left
to the other readings. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2016-04-15"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


@pytest.mark.parametrize(
    ("text", "trigger", "root", "target"),
    [
        (
            "Nordic governments condemned the jailing of a Belarusian poet on Thursday.",
            "condemned",
            "11",
            "BLR",
        ),
        ("Balkan states recalled their ambassadors from Moldova on Thursday.", "recalled", "16", "MDA"),
        ("Several Asian countries accused Peru on Thursday of overfishing.", "accused", "11", "PER"),
    ],
)
def test_a_regions_states_act_as_a_group(
    pipeline: Pipeline, text: str, trigger: str, root: str, target: str | None
) -> None:
    found = [e for e in _events(pipeline, text) if e.evidence.trigger == trigger]
    assert [(e.root, e.source.country, e.source.role) for e in found] == [(root, None, "GOV")]
    assert found[0].target is not None and found[0].target.country == target


def test_praise_from_a_regions_governments(pipeline: Pipeline) -> None:
    text = "The release of the poet drew praise from European governments on Thursday."
    found = [e for e in _events(pipeline, text) if e.evidence.trigger == "praise"]
    assert [(e.root, e.source.country) for e in found] == [("05", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Western diplomats criticised Moldova on Thursday.",  # a bloc's agents speak for no one
        "Foreign governments criticised Moldova on Thursday.",  # "foreign" names no region
    ],
)
def test_other_bloc_agents_do_not_act(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text) if e.evidence.trigger == "criticised"] == []


def test_a_definite_group_takes_up_the_states_named(pipeline: Pipeline) -> None:
    text = "Peru signed trade pacts with Kuwait and Qatar, the first Gulf states to do so, on Thursday."
    found = [e for e in _events(pipeline, text) if e.evidence.trigger == "signed"]
    assert {e.target.country for e in found if e.target is not None} == {"KWT", "QAT"}
