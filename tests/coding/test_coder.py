"""The coder on sentences written for these tests, one mechanism per case (issue 3).

Each case states every event its text should give (issue 9): an extra event fails the case as surely as
a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, ArticleResult, Event


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    root: str | None  # None: no event at all
    source: str | None = None  # source country
    target: str | None = None  # target country
    code: str | None = None  # exact CAMEO code when it matters
    modality: str | None = None
    role: str | None = None  # source role
    date: str | None = None
    published: str | None = "2021-03-10"
    # Any other events the text gives, as (root, source country, target country).
    others: tuple[tuple[str, str | None, str | None], ...] = ()


CASES = [
    Case(
        "verb with object",
        "Japan's prime minister visited Australia on Tuesday.",
        "04",
        "JPN",
        "AUS",
        code="042",
        role="GOV",
        date="2021-03-09",
    ),
    Case(
        "passive with agent",
        "Two Chinese fishermen were detained by the South Korean coast guard.",
        "17",
        "KOR",
        "CHN",
        code="173",
    ),
    Case(
        "nominal event",
        "Moscow condemned Kyiv, a week after Russia's invasion of Ukraine.",
        "11",
        "RUS",
        "UKR",
    ),
    Case(
        "light verb sanctions",
        "Canada imposed sanctions on Belarus over the crackdown.",
        "16",
        "CAN",
        "BLR",
        code="163",
    ),
    Case(
        "light verb talks", "Greek officials held talks with Turkish diplomats in Athens.", "04", "GRC", "TUR"
    ),
    Case(
        "sign agreement",
        "Egypt and Sudan signed a peace agreement on Friday.",
        "05",
        "EGY",
        "SDN",
        code="057",
    ),
    Case("negated event", "Iraq did not attack Kuwait.", None),
    Case("refusal", "Venezuela refused to meet the Colombian delegation.", "12", "VEN", "COL"),
    Case(
        "intent with would",
        "Kenya said it would send humanitarian aid to Somalia.",
        "03",
        "KEN",
        "SOM",
        code="0333",
        modality="intended",
    ),
    Case(
        "hypothetical lifting",
        "The United States may lift sanctions on Cuba.",
        "03",
        "USA",
        "CUB",
        code="0354",
        modality="hypothetical",
    ),
    Case("threat", "Iran threatened to attack Israeli ships.", "13", "IRN", "ISR"),
    Case(
        "reported speech keeps its actors",
        "Officials said Turkish troops shelled Syrian positions.",
        "19",
        "TUR",
        "SYR",
        modality="reported",
    ),
    Case("demand by modal", "Germany said Poland must release the activists.", "10", "DEU", "POL"),
    Case(
        "former president",
        "Former US President Barack Obama visited Kenya in July 2018.",
        "04",
        "USA",
        "KEN",
        role="ELI",
        date="2018-07",
    ),
    Case(
        "sitting president",
        "US President Barack Obama visited Kenya in July 2015.",
        "04",
        "USA",
        "KEN",
        role="GOV",
        date="2015-07",
    ),
    Case(
        "arrest", "Police in Nigeria arrested a suspected smuggler in Lagos.", "17", "NGA", "NGA", code="173"
    ),
    Case("capital as metonym", "Beijing criticized Washington for the visit.", "11", "CHN", "USA"),
    Case(
        "pronoun",
        "Norway's foreign minister arrived in Ethiopia. She met the Ethiopian president.",
        "04",
        "NOR",
        "ETH",
    ),
    Case(
        "agent placed by a city",
        "Police in Istanbul detained forty students on Saturday.",
        "17",
        "TUR",
        "TUR",
        code="173",
    ),
    Case(
        "reaction to an earlier event",
        "Pakistan tested a cruise missile on Monday. India condemned the test.",
        "11",
        "IND",
        "PAK",
        others=(("15", "PAK", "PAK"),),  # a missile test is a show of force, with no counterpart named
    ),
    Case("ethnic group lives where it is", "Ethnic Serbs protested in Kosovo on Sunday.", "14", "XKX"),
    Case("place as the object of an attack", "Russian forces shelled Kharkiv overnight.", "19", "RUS", "UKR"),
    Case(
        "surname after an alias",
        "North Korean leader Kim Jong Un arrived in Vladivostok. Kim met Russian officials on Thursday.",
        "04",
        "PRK",
        "RUS",
    ),
    Case(
        "event noun as subject",
        "The talks between Serbia and Kosovo collapsed on Thursday.",
        "16",
        "SRB",
        "XKX",
        code="164",
    ),
    Case(
        "protesters act on the police",
        "Protesters clashed with police in Santiago on Friday.",
        "14",
        "CHL",
        "CHL",
    ),
]


def _events(pipeline: Pipeline, text: str, published: str | None) -> tuple[ArticleResult, list[Event]]:
    result = pipeline.analyze_article(Article(id="t", text=text, published=published))
    return result, list(result.events)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_coder_case(pipeline: Pipeline, case: Case) -> None:
    result, events = _events(pipeline, case.text, case.published)
    if case.root is None:
        assert events == []
        return
    found = [(e.root, e.source.country, e.target.country if e.target else None) for e in events]
    wanted = [e for e in events if e.root == case.root and e.source.country == case.source]
    assert len(wanted) == 1, f"no single {case.root} event by {case.source} in {found}"
    event = wanted[0]
    others = [f for e, f in zip(events, found, strict=True) if e is not event]
    assert sorted(others, key=str) == sorted(case.others, key=str), f"unexpected events in {found}"
    if case.target is not None:
        assert event.target is not None and event.target.country == case.target
    if case.code is not None:
        assert event.cameo == case.code
    if case.modality is not None:
        assert event.modality == case.modality
    if case.role is not None:
        assert event.source.role == case.role
    if case.date is not None:
        assert event.date == case.date
    # Evidence points at the sentence in the article text.
    assert result.article.text[event.evidence.start : event.evidence.end] == event.evidence.sentence
    assert event.evidence.trigger in event.evidence.sentence


def test_undated_article_never_uses_the_clock(pipeline: Pipeline) -> None:
    _, events = _events(pipeline, "Chile's president visited Peru on Sunday.", None)
    assert events and all(e.date is None for e in events)


def test_restated_event_is_one_record(pipeline: Pipeline) -> None:
    text = (
        "The Indian prime minister visited Nepal on Monday. During the visit to Nepal, the Indian "
        "prime minister visited a temple. India's prime minister visited Nepal, officials said."
    )
    _, events = _events(pipeline, text, "2022-05-17")
    visits = [e for e in events if e.cameo == "042" and e.target and e.target.country == "NPL"]
    assert len(visits) == 1


def test_place_is_geocoded(pipeline: Pipeline) -> None:
    _, events = _events(pipeline, "Iraqi police arrested three men in Najaf on Friday.", "2020-02-01")
    arrests = [e for e in events if e.cameo == "173"]
    assert arrests and arrests[0].location is not None
    assert arrests[0].location.country == "IRQ"
    assert arrests[0].location.lat == pytest.approx(32.0, abs=0.5)


def test_user_actor_file_adds_an_actor(pipeline: Pipeline, tmp_path: object) -> None:
    import json
    from pathlib import Path

    extra = Path(str(tmp_path)) / "mine.jsonl"
    extra.write_text(
        json.dumps(
            {
                "id": "zorb-quandt",
                "kind": "person",
                "name": "Zorb Quandt",
                "aliases": [],
                "country": "ISL",
                "roles": [{"code": "ISLGOV", "from": "2020-01-01", "until": None}],
                "default": "ISLELI",
                "source": "user",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    custom = Pipeline.load(actor_files=[str(extra)])
    result = custom.analyze_article(
        Article(id="u", text="Zorb Quandt visited Norway on Monday.", published="2021-06-02")
    )
    visit = [e for e in result.events if e.root == "04"]
    assert visit and visit[0].source.code == "ISLGOV"
