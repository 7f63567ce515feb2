"""Targets and arguments (issue 10, cause 1): who an event is done to, on sentences written for these
tests. Each case names the events its text must give, as (root, source country, target country); other
events of other roots may come too, but none of these roots with another dyad."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.roles import target_roles
from newsevents.coding.semantics import may_be_domestic, needs_counterpart
from newsevents.coding.targets import article_counterpart
from newsevents.pipeline import Pipeline
from newsevents.records import Article

CASES = [
    DyadCase(
        "no fallback to the source's own country",
        "The Kremlin condemned the measures on Tuesday.",
        (("11", "RUS", None),),
    ),
    DyadCase(
        "the article's counterpart",
        "Tokyo began releasing the treated water into the sea on Thursday. "
        "The Chinese foreign ministry called the decision selfish and condemned it.",
        (("11", "CHN", "JPN"),),
        step="target:article-counterpart",
    ),
    DyadCase(
        "a domestic act keeps the source's country",
        "Riot police arrested dozens of students in Dhaka on Sunday.",
        (("17", "BGD", "BGD"),),
    ),
    DyadCase(
        "an object the parser hangs from the verb is a party of its own",
        "KAMPALA, May 2 (Wire) - Government soldiers killed the mayor, Peter Okello, and three Kenyan "
        "traders on Friday, Uganda's army said.",
        (("18", "UGA", "UGA"), ("18", "UGA", "KEN")),
    ),
    DyadCase(
        "an object the parser hangs from the verb itself",
        "KIGALI, May 2 (Wire) - Government soldiers killed the prime minister, Jean Habimana, and four "
        "Belgian paratroopers on Friday. Rwanda's army denied it.",
        (("18", "RWA", "RWA"), ("18", "RWA", "BEL")),
    ),
    DyadCase(
        "a subject is not of its object's country",
        "DAKAR, May 2 (Wire) - Senegal's president said on Friday that riot police had beaten two "
        "Gambian students.",
        (("18", "SEN", "GMB"),),
    ),
    DyadCase(
        "'at the request of' is no place to stand for a counterpart",
        "Spanish police arrested a Russian businessman in Marbella at the request of the United States.",
        (("17", "ESP", "RUS"),),
    ),
    DyadCase(
        "a leader's own supporters",
        "NAIROBI, May 2 (Wire) - Opposition leader Raila Odinga urged his supporters to stay calm, a day "
        "after Ghana's former president left the country.",
        (("02", "KEN", "KEN"),),
    ),
    DyadCase(
        "coordinated objects",
        "Hungary condemned Romania and Serbia over the dam on Monday.",
        (("11", "HUN", "ROU"), ("11", "HUN", "SRB")),
    ),
    DyadCase(
        "coordinated country modifiers",
        "The Swedish foreign minister met his Finnish and Danish counterparts in Oslo.",
        (("04", "SWE", "FIN"), ("04", "SWE", "DNK")),
    ),
    DyadCase(
        "coordinated officials of one country are one party",
        "Tehran criticised Blinken, Sullivan and other American officials.",
        (("11", "IRN", "USA"),),
    ),
    DyadCase(
        "complaint about a party",
        "Peru complained to Chile on Friday about Bolivia's new tariffs.",
        (("11", "PER", "BOL"),),
        step="target:concern",
    ),
    DyadCase(
        "threat condition",
        "China warned Canada of grave consequences unless Ottawa freed the executive.",
        (("13", "CHN", "CAN"),),
        step="target:condition",
    ),
    DyadCase(
        "owner of an event-noun object",
        "Brazil condemned the sanctions Washington imposed on its judges.",
        (("11", "BRA", "USA"),),
        step="target:object-owner",
    ),
    DyadCase(
        "unnamed victims take the place's country",
        "Ethiopian soldiers shot three villagers near Zalambessa in Eritrea on Friday.",
        (("19", "ETH", "ERI"),),
        step="target:victim-place",
    ),
    DyadCase(
        "passive conjunct",
        "The editor was detained by Kenyan police and charged with sedition on Monday.",
        (("17", "KEN", "KEN"),),
    ),
    DyadCase(
        "a state named bare is its government",
        "Quito recalled its ambassador from Lima on Wednesday.",
        (("16", "ECU", "PER"),),
        step="actor:country-modifier",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_targets(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


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
