"""An official text's "we" with no lead-in speaks for the issuer its page names (actors/page_issuer.py):
the byline line of its heading, else the issuer of its title ("Statement by the Ministry of Foreign
Affairs of X on ..."). A title of another kind, or of two states, names no issuer. Texts written for these
tests."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


def _events(pipeline: Pipeline, text: str, title: str | None = None) -> list[Event]:
    result = pipeline.analyze_article(Article(id="t", text=text, title=title, published="2016-04-15"))
    assert isinstance(result, ArticleResult)
    return list(result.events)


_BODY = (
    "The events of Wednesday near the border are deeply troubling.\n\n"
    "We condemn the attack by armed men on the Peruvian consulate on Wednesday."
)


def _condemners(events: list[Event]) -> list[str | None]:
    return [e.source.country for e in events if e.evidence.trigger == "condemn"]


def test_a_statement_speaks_for_the_issuer_its_title_names(pipeline: Pipeline) -> None:
    title = "Statement by the Ministry of Foreign Affairs of Chile on the events in Caracas"
    found = [e for e in _events(pipeline, _BODY, title) if e.evidence.trigger == "condemn"]
    found_sides = [(e.root, e.source.code, e.target and e.target.country) for e in found]
    assert found_sides == [("11", "CHLGOV", "PER")]


def test_an_armys_statement_speaks_for_the_military(pipeline: Pipeline) -> None:
    title = "Statement of the Chilean Army on the border incident"
    text = "Bolivian soldiers crossed the border on Wednesday.\n\nWe protested to La Paz on Thursday."
    found = [e for e in _events(pipeline, text, title) if e.evidence.trigger == "protested"]
    assert [(e.source.code, e.target and e.target.country) for e in found] == [("CHLMIL", "BOL")]


def test_a_joint_statement_or_a_news_title_names_no_issuer(pipeline: Pipeline) -> None:
    joint = "Joint statement by Chile and Argentina on the events in Caracas"
    assert "CHL" not in _condemners(_events(pipeline, _BODY, joint))
    assert "CHL" not in _condemners(_events(pipeline, _BODY, "Chile weighs its reply"))


def test_the_headings_byline_is_the_issuer(pipeline: Pipeline) -> None:
    text = (
        "PRESS STATEMENT\n\nJohn Kerry, Secretary of State\n\nApril 15, 2016\n\n"
        "Armed men attacked the Peruvian consulate in Caracas on Thursday.\n\n"
        "We condemn the attack on the Peruvian consulate."
    )
    assert _condemners(_events(pipeline, text)) == ["USA"]
