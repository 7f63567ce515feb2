"""The store's query layer for the explorer and Python users (issues 11 and 13): paging with offset and
sort, facets, timelines, dyads, totals, single records, and quotes with their export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from store_factories import article, fake_analyzer

from newsevents.errors import ConfigError
from newsevents.records import Actor, ArticleResult, Quote
from newsevents.store import Database, Store, export, ingest_items, ingest_results, query_events

ARTICLES = [
    article("w1", "Lead.\nTrump met Kim in Panmunjom on 2019-06-30.", source="Wire", published="2019-06-30"),
    article("w2", "Lead.\nTrump criticized Kim on 2019-08-02.", source="Wire", published="2019-08-02"),
    article(
        "h1", "Lead.\nMoon met Guterres in Singapore on 2018-03-10.", source="Herald", published="2018-03-11"
    ),
    article("h2", "Lead.\nKim visited Moon in Hanoi on 2019-02-27.", source="Herald", published="2019-02-27"),
]
SPEAKER = Actor("the envoy", "Lee Envoy", "KOR", "GOV", "KORGOV")


@pytest.fixture
def store(db: Path) -> Path:
    ingest_items(ARTICLES, db, analyzer=fake_analyzer)
    quoted = article("q1", "Lead.\nNo events here.", source="Gazette", published="2019-09-01")
    quotes = (Quote(SPEAKER, "+5 percent is a start", 0, 20, "said"), Quote(None, "nobody signed", 0, 13))
    database = Database(db)
    try:
        ingest_results([ArticleResult(quoted, (), quotes)], database)
    finally:
        database.close()
    return db


def test_offset_and_sort(store: Path) -> None:
    by_date = list(query_events(store, sort="date").date.astype(str))
    assert by_date == sorted(by_date)
    newest = query_events(store, sort="-date", limit=2)
    assert list(query_events(store, sort="-date", offset=1, limit=2).id) == [
        newest.id.iloc[1],
        query_events(store, sort="-date").id.iloc[2],
    ]
    worst = query_events(store, sort="goldstein").goldstein.iloc[0]
    assert worst == min(query_events(store).goldstein)
    assert len(query_events(store, offset=3)) == 1  # four events, default date order
    with pytest.raises(ConfigError, match="--sort"):
        query_events(store, sort="colour")
    with pytest.raises(ConfigError, match="--offset"):
        query_events(store, offset=-1)


def test_browse_and_statistics_through_store(store: Path) -> None:
    with Store(store) as s:
        assert s.totals()["articles"] == 5
        herald = s.totals(source="Herald")
        assert (herald["events"], herald["articles"], herald["sources"]) == (2, 2, 1)
        facets = s.facets(country="PRK")
        assert {f["value"]: f["count"] for f in facets["quad"]} == {1: 2, 3: 1}
        assert {f["value"] for f in facets["source"]} == {"Wire", "Herald"}
        buckets = s.timeline(interval="year", by="root")
        assert [(b["period"], b["total"]) for b in buckets] == [("2018-01-01", 1), ("2019-01-01", 3)]
        dyads = s.dyads(country="USA")
        assert list(zip(dyads.source, dyads.target, dyads["count"], strict=True)) == [("USA", "PRK", 2)]
        assert set(s.places().name) == {"Panmunjom", "Singapore", "Hanoi"}
        assert s.actors(q="kim").code.tolist() == ["PRKGOV"]
        one = s.event(int(s.events(place="Hanoi").id.iloc[0]))
        assert one is not None and [m["article_id"] for m in one["mentions"]] == ["h2"]
        assert s.event(10**9) is None
        text = s.article("q1")
        assert text is not None and [q["quote"] for q in text["quotes"]] == [
            "+5 percent is a start",
            "nobody signed",
        ]


def test_quotes(store: Path) -> None:
    with Store(store) as s:
        everything = s.quotes()
        assert list(everything.quote) == ["+5 percent is a start", "nobody signed"]
        assert list(s.quotes(speaker="envoy").speaker_code) == ["KORGOV"]
        assert s.quotes(country="kor", contains="PERCENT").shape[0] == 1
        assert s.quotes(since="2019-10").empty and len(s.quotes(until="2019-09")) == 2
        assert len(s.quotes(limit=1, offset=1)) == 1 and s.quotes(source="gaz%").shape[0] == 2
        with pytest.raises(ConfigError, match="quotes are not events"):
            s.quotes(root="04")


def test_quotes_export_neutralises_cells(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    assert export(store, "quotes", out) == 2
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0]["quote"] == "'+5 percent is a start" and rows[0]["speaker_name"] == "Lee Envoy"
    # with event filters: the quotes of the articles that report those events (none here)
    assert export(store, "quotes", tmp_path / "none.csv", country="PRK") == 0
