"""Targets and arguments (issue 10, cause 1): who an event is done to, on sentences written for these
tests. Each case names the events its text must give, as (root, source country, target country); other
events of other roots may come too, but none of these roots with another dyad."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsevents.coding.roles import target_roles
from newsevents.coding.semantics import may_be_domestic, needs_counterpart
from newsevents.coding.targets import article_counterpart
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    # Every event of these roots the text gives, as (root, source country, target country).
    events: tuple[tuple[str, str | None, str | None], ...]
    # A step every event of those roots records ("target:concern").
    step: str | None = None


CASES = [
    Case(
        "no fallback to the source's own country",
        "The Kremlin condemned the measures on Tuesday.",
        (("11", "RUS", None),),
    ),
    Case(
        "the article's counterpart",
        "Tokyo began releasing the treated water into the sea on Thursday. "
        "The Chinese foreign ministry called the decision selfish and condemned it.",
        (("11", "CHN", "JPN"),),
        step="target:article-counterpart",
    ),
    Case(
        "a domestic act keeps the source's country",
        "Riot police arrested dozens of students in Dhaka on Sunday.",
        (("17", "BGD", "BGD"),),
    ),
    Case(
        "an object the parser hangs from the verb is a party of its own",
        "KAMPALA, May 2 (Wire) - Government soldiers killed the mayor, Peter Okello, and three Kenyan "
        "traders on Friday, Uganda's army said.",
        (("18", "UGA", "UGA"), ("18", "UGA", "KEN")),
    ),
    Case(
        "an object the parser hangs from the verb itself",
        "KIGALI, May 2 (Wire) - Government soldiers killed the prime minister, Jean Habimana, and four "
        "Belgian paratroopers on Friday. Rwanda's army denied it.",
        (("18", "RWA", "RWA"), ("18", "RWA", "BEL")),
    ),
    Case(
        "a subject is not of its object's country",
        "DAKAR, May 2 (Wire) - Senegal's president said on Friday that riot police had beaten two "
        "Gambian students.",
        (("18", "SEN", "GMB"),),
    ),
    Case(
        "'at the request of' is no place to stand for a counterpart",
        "Spanish police arrested a Russian businessman in Marbella at the request of the United States.",
        (("17", "ESP", "RUS"),),
    ),
    Case(
        "a leader's own supporters",
        "NAIROBI, May 2 (Wire) - Opposition leader Raila Odinga urged his supporters to stay calm, a day "
        "after Ghana's former president left the country.",
        (("02", "KEN", "KEN"),),
    ),
    Case(
        "coordinated objects",
        "Hungary condemned Romania and Serbia over the dam on Monday.",
        (("11", "HUN", "ROU"), ("11", "HUN", "SRB")),
    ),
    Case(
        "coordinated country modifiers",
        "The Swedish foreign minister met his Finnish and Danish counterparts in Oslo.",
        (("04", "SWE", "FIN"), ("04", "SWE", "DNK")),
    ),
    Case(
        "coordinated officials of one country are one party",
        "Tehran criticised Blinken, Sullivan and other American officials.",
        (("11", "IRN", "USA"),),
    ),
    Case(
        "complaint about a party",
        "Peru complained to Chile on Friday about Bolivia's new tariffs.",
        (("11", "PER", "BOL"),),
        step="target:concern",
    ),
    Case(
        "threat condition",
        "China warned Canada of grave consequences unless Ottawa freed the executive.",
        (("13", "CHN", "CAN"),),
        step="target:condition",
    ),
    Case(
        "owner of an event-noun object",
        "Brazil condemned the sanctions Washington imposed on its judges.",
        (("11", "BRA", "USA"),),
        step="target:object-owner",
    ),
    Case(
        "unnamed victims take the place's country",
        "Ethiopian soldiers shot three villagers near Zalambessa in Eritrea on Friday.",
        (("19", "ETH", "ERI"),),
        step="target:victim-place",
    ),
    Case(
        "passive conjunct",
        "The editor was detained by Kenyan police and charged with sedition on Monday.",
        (("17", "KEN", "KEN"),),
    ),
    Case(
        "a state named bare is its government",
        "Quito recalled its ambassador from Lima on Wednesday.",
        (("16", "ECU", "PER"),),
        step="actor:country-modifier",
    ),
]


def _roots(case: Case) -> set[str]:
    return {root for root, _s, _t in case.events}


def _dyad(e: Event) -> tuple[str, str | None, str | None]:
    return (e.root, e.source.country, e.target.country if e.target else None)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_targets(pipeline: Pipeline, case: Case) -> None:
    result = pipeline.analyze_article(Article(id="t", text=case.text, published="2021-03-10"))
    events = [e for e in getattr(result, "events", ()) if e.root in _roots(case)]
    found = {_dyad(e) for e in events}
    assert found == set(case.events), [(_dyad(e), e.evidence.steps) for e in events]
    if case.step:
        assert all(case.step in e.evidence.steps for e in events), [e.evidence.steps for e in events]


def test_no_same_country_pair_for_counterpart_codes(pipeline: Pipeline) -> None:
    """Acts that need a counterpart are never paired with the source's own country for want of one."""
    text = (
        "The Indonesian government rejected the proposal on Monday. "
        "Jakarta also appealed for calm and pledged more aid."
    )
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    for e in getattr(result, "events", ()):
        if needs_counterpart(e.cameo) and not may_be_domestic(e.cameo) and e.target is not None:
            assert e.target.country != e.source.country, (e.cameo, e.evidence.steps)


def test_target_roles_table() -> None:
    roles = target_roles()
    assert "about" in roles.concern_prepositions
    assert "11" in roles.concern_codes and "13" in roles.condition_codes


def test_article_counterpart_prefers_the_most_named(pipeline: Pipeline) -> None:
    text = "Chile and Peru met. Peru later wrote to Peru's neighbours and to Bolivia."
    doc = pipeline.code(Article(id="t", text=text, published="2021-03-10"), pipeline.nlp(text))
    assert article_counterpart(doc._.ne_actors, "CHL") == "PER"
    assert article_counterpart(doc._.ne_actors, "PER") == "CHL"
