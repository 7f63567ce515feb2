"""Actors that resolved to nothing (issue 10, helper w2act). Sentences written for these tests.

- craft named by the armed body that flies them are placed like that body ("army drones", actors/strikers.py),
  while unnamed aircraft stay unplaced;
- a bare "the coalition" takes up the "<state>-led coalition" named before it (actors/led_alliance.py);
- non-state groups with one home country carry it (tools/curated_actors.jsonl).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult

DAY = dt.date(2021, 3, 4)


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-05"))
    assert isinstance(result, ArticleResult)
    return [
        (e.root, e.source.code if e.source else None, e.target.country if e.target else None)
        for e in result.events
    ]


def test_army_drones_take_the_story_country(read, word) -> None:
    actors = read("KHARTOUM, March 4 (Wire) - Rebels seized the town of Kosti on Tuesday. "
                  "Army drones struck rebel positions near the town overnight.")
    found = actors.resolve_all(word(actors.doc, "drones"), DAY)
    assert [a.code for a in found] == ["SDNMIL"]


def test_unnamed_warplanes_stay_unplaced(read, word) -> None:
    actors = read("KHARTOUM, March 4 (Wire) - Rebels seized the town of Kosti on Tuesday. "
                  "Warplanes struck rebel positions near the town overnight.")
    assert [a.country for a in actors.resolve_all(word(actors.doc, "Warplanes"), DAY)] in ([], [None])


def test_coalition_takes_up_the_led_coalition(read, word) -> None:
    actors = read("The Saudi-led coalition bombed a bridge on Monday. "
                  "The coalition said on Tuesday it had hit a weapons depot.")
    found = actors.resolve_all(word(actors.doc, "coalition", 1), DAY)
    assert [a.country for a in found] == ["SAU"]


def test_coalition_nobody_leads_is_nobody(read, word) -> None:
    actors = read("Three parties formed a government on Monday. The coalition said it would cut taxes.")
    found = actors.resolve_all(word(actors.doc, "coalition"), DAY)
    assert [a.country for a in found if a.country] == []


@pytest.mark.parametrize(("text", "source"), [
    ("The Palestinian Islamic Jihad movement rejected an Egyptian proposal on Tuesday.", "PSE"),
    ("The Islamic Salvation Front rejected the Algerian government's offer on Tuesday.", "DZA"),
    ("The Lord's Resistance Army attacked a village in northern Uganda on Tuesday.", "UGA"),
    ("The Moro Islamic Liberation Front rejected a proposal from Manila on Tuesday.", "PHL"),
    ("Fatah al-Islam rejected a proposal from Beirut on Tuesday.", "LBN"),  # (not Fatah, PSE)
])  # fmt: skip
def test_group_home_countries(pipeline: Pipeline, text: str, source: str) -> None:
    events = _events(pipeline, text)
    assert events and all(s is not None and s.startswith(source) for _, s, _ in events)


def test_hosted_facility_is_the_host_countrys(pipeline: Pipeline) -> None:
    # (the adjective says who runs the hospital; the patients shot there are the host country's)
    text = ("MOGADISHU, March 3 (Wire) - Dozens of patients were shot dead at the Turkish hospital in "
            "Mogadishu on Monday, officials said.")
    assert [(r, t) for r, _, t in _events(pipeline, text) if r == "18"] == [("18", "SOM")]


@pytest.mark.parametrize(("text", "head", "country"), [
    ("MOGADISHU, March 3 (Wire) - Patients fled the Turkish hospital in Mogadishu on Monday.", "hospital",
     "SOM"),
    ("Protesters marched to a Saudi hospital in Riyadh on Monday.", "hospital", "SAU"),  # (at home)
    ("Protesters marched to the Turkish embassy in Mogadishu on Monday.", "embassy", "TUR"),  # (no facility)
])  # fmt: skip
def test_hosted_facility_heads(read, word, text: str, head: str, country: str) -> None:
    actors = read(text)
    assert [a.country for a in actors.resolve_all(word(actors.doc, head), DAY)] == [country]
