"""The public surface of resolution: ``ActorResolver`` and ``DocActors``, as the coder uses them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.actors.parties import acting_head
from newsevents.actors.resolve import ActorResolver, DocActors, Mention
from newsevents.pipeline import Pipeline
from newsevents.records import Article

DAY = dt.date(2015, 6, 1)


def test_import_path_kept() -> None:
    from newsevents.actors import mentions

    assert Mention is mentions.Mention


def test_index(component, nlp) -> None:
    resolver = component.resolver
    assert isinstance(resolver, ActorResolver)
    actors = resolver.index(nlp("Peru and Chile met."))
    assert isinstance(actors, DocActors)
    assert actors.resolver is resolver
    assert [m.iso3 for m in actors.mentions] == ["PER", "CHL"]


@pytest.mark.parametrize(
    ("text", "head", "words"),
    [
        ("Envoys of Chile's government arrived.", "Envoys", "Envoys of Chile 's government"),
        ("Soldiers in Peru arrived.", "Soldiers", "Soldiers"),  # "in" leaves the phrase
        ("Chilean and Peruvian envoys met.", "envoys", "Chilean and Peruvian envoys"),
        ("Chile and Peru met.", "Chile", "Chile"),  # a coordinated head is a phrase of its own
    ],
)
def test_phrase_tokens(text: str, head: str, words: str, read, word) -> None:
    actors = read(text)
    assert " ".join(t.text for t in DocActors.phrase_tokens(word(actors.doc, head))) == words


def test_heads_and_resolve_all(read, word) -> None:
    actors = read("Chile and Peru signed a pact.")
    chile = word(actors.doc, "Chile")
    assert [t.text for t in actors.heads(chile)] == ["Chile", "Peru"]
    assert [a.code for a in actors.resolve_all(chile, DAY)] == ["CHLGOV", "PERGOV"]
    first = actors.resolve(chile, DAY)
    assert first is not None and first.code == "CHLGOV" and first.name == "Chile"
    assert actors.resolve(word(actors.doc, "pact"), DAY) is None


def test_roles_on_the_day(read, word) -> None:
    actors = read("Barack Obama spoke.")
    obama = word(actors.doc, "Obama")
    assert actors.resolve(obama, DAY).code == "USAGOV"  # type: ignore[union-attr]
    assert actors.resolve(obama, dt.date(2019, 6, 1)).code == "USAELI"  # type: ignore[union-attr]


def test_collective_and_rule_of(read, word) -> None:
    actors = read("Dozens of Bolivian farmers marched.")
    dozens = word(actors.doc, "Dozens")
    assert [a.code for a in actors.resolve_all(dozens, DAY)] == ["BOLAGR"]
    assert actors.rule_of(dozens, DAY) == "country-modifier"  # of "farmers", the phrase read
    assert actors.rule_of(word(actors.doc, "marched"), DAY) is None


def test_surname_after_full_name(read, word) -> None:
    # An unlisted person named by surname takes the country and role of the phrase that named them in full.
    actors = read("Peruvian envoy Maria Quispe arrived in Lima. Mrs. Quispe told reporters Chile had erred.")
    later = word(actors.doc, "Quispe", 1)
    assert actors.rule_of(later, DAY) == "named-actor"
    assert [(a.name, a.code) for a in actors.resolve_all(later, DAY)] == [("Quispe", "PERGOV")]


def test_bare_surname_the_recogniser_missed(read, word) -> None:
    # "Pelosi" alone is no entity for the recogniser; it is still the person named in full before.
    actors = read(
        "U.S. House Speaker Nancy Pelosi arrived in Taiwan on Tuesday. Pelosi met Tsai on Wednesday."
    )
    later = word(actors.doc, "Pelosi", 1)
    assert [a.country for a in actors.resolve_all(later, DAY)] == ["USA"]


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        # a country named in the object's phrase does not place the subject
        ("KIGALI - Government soldiers shot two Belgian paratroopers, Rwanda said.", "soldiers", "RWA"),
        # nor in a phrase coordinated after it, attached to an apposition
        (
            "KIGALI - Soldiers shot the mayor, Jean Habimana, and two Belgian nuns, Rwanda said.",
            "mayor",
            "RWA",
        ),
        # nor the object of a verb sharing its subject: the story's country does
        (
            "Protests spread across China on Sunday. Rioters burned a factory and looted Japanese shops.",
            "Rioters",
            "CHN",
        ),
    ],
)
def test_other_parties_do_not_place_an_agent(text: str, head: str, country: str, read, word) -> None:
    actors = read(text)
    assert [a.country for a in actors.resolve_all(word(actors.doc, head), DAY)][:1] == [country]


def test_a_placed_country_noun_is_the_place_s_country(read, word) -> None:
    # "the government in Athens" is Greece's, not the country named last
    actors = read("Turkey opened its border on Friday. The government in Athens sent police to the frontier.")
    assert [a.code for a in actors.resolve_all(word(actors.doc, "government"), DAY)] == ["GRCGOV"]


@pytest.mark.parametrize(
    ("text", "head", "role"),
    [
        ("Chile's military high command met.", "command", "MIL"),
        ("Their security services seized him.", "services", "COP"),
        ("The U.S. Treasury froze the assets.", "Treasury", "GOV"),
    ],
)
def test_added_agents(text: str, head: str, role: str, component, nlp, word) -> None:
    assert component.resolver.agent_role(word(nlp(text), head)) == role


def test_country_name_and_actor_mentions(read) -> None:
    actors = read("Chilean diplomats met President Obama in Lima.")
    assert actors.country_name("PER") == "Peru"
    assert actors.country_name("XYZ") is None
    assert [a.code for a in actors.actor_mentions(DAY)] == ["CHL", "USAGOV", "PER"]


@pytest.mark.parametrize(
    ("text", "head", "role"),
    [
        ("The police arrived.", "police", "COP"),
        ("The foreign minister arrived.", "minister", "GOV"),
        ("The task force arrived.", "force", None),  # not an armed force
        ("The table arrived.", "table", None),
    ],
)
def test_agent_role(text: str, head: str, role: str | None, component, nlp, word) -> None:
    doc = nlp(text)
    assert component.resolver.agent_role(word(doc, head)) == role


def test_mutually_referring_pronouns_do_not_recurse(pipeline: Pipeline) -> None:
    # Regression (issue 9 session): two articles of the project's corpus sent the pronoun resolver into
    # endless recursion, which crashed the whole batch.
    import json

    root = Path(__file__).resolve().parents[2] / "corpus" / "parts"
    wanted = {"ea-009", "ma-025"}
    rows = [
        json.loads(line)
        for path in sorted(root.glob("*/articles.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    articles = [
        Article(id=r["id"], text=r["text"], published=r["published"]) for r in rows if r["id"] in wanted
    ]
    assert len(articles) == 2
    for article in articles:
        assert pipeline.analyze_article(article).events


def test_dateline_city_parsed_as_subject_yields_the_acting_phrase(read, word) -> None:
    # The small model makes the dateline's city the subject and hangs the acting phrase from it.
    actors = read(
        "NAIROBI, Feb 28 (Wire) - Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed "
        "a power-sharing agreement on Thursday."
    )
    city = word(actors.doc, "NAIROBI")
    assert acting_head(city, actors.dateline_tokens).text == "Kibaki"
    assert [a.country for a in actors.resolve_all(city, None)] == ["KEN", "KEN"]
    assert len(actors.phrase_heads(city)) == 2
