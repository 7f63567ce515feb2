"""Event filters, read-only SQL and the Store API (issue 5, item 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from store_factories import article, fake_analyzer

from newsevents.errors import ConfigError, StoreError
from newsevents.store import Store, ingest_items, query_events, run_sql

ARTICLES = [
    article("w1", "Lead.\nTrump met Kim in Panmunjom on 2019-06-30.", source="Wire", published="2019-06-30"),
    article("d1", "Lead.\nKim met Trump in Panmunjom on 2019-06-30.", source="Daily", published="2019-07-01"),
    article("w2", "Lead.\nTrump criticized Kim on 2019-08-02.", source="Wire", published="2019-08-02"),
    article(
        "h1", "Lead.\nMoon met Guterres in Singapore on 2018-03-10.", source="Herald", published="2018-03-11"
    ),
    article("h2", "Lead.\nKim visited Moon in Hanoi on 2019-02-27.", source="Herald", published="2019-02-27"),
]


@pytest.fixture
def store(db: Path) -> Path:
    ingest_items(ARTICLES, db, analyzer=fake_analyzer)
    return db


def codes(frame: Any) -> list[str]:
    return sorted(f"{r.actor1_code}-{r.cameo}-{r.actor2_code}" for r in frame.itertuples())


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["KORGOV-040-IGOUNO", "PRKGOV-042-KORGOV", "USAGOV-040-PRKGOV", "USAGOV-111-PRKGOV"]),
        ({"actor": "jong"}, ["PRKGOV-042-KORGOV", "USAGOV-040-PRKGOV", "USAGOV-111-PRKGOV"]),
        ({"country": "kor"}, ["KORGOV-040-IGOUNO", "PRKGOV-042-KORGOV"]),
        ({"dyad": ("PRK", "USA")}, ["USAGOV-040-PRKGOV", "USAGOV-111-PRKGOV"]),
        ({"dyad": ("PRK", "USA"), "directed": True}, []),
        ({"role": "IGO"}, ["KORGOV-040-IGOUNO"]),
        ({"code": "04"}, ["KORGOV-040-IGOUNO", "PRKGOV-042-KORGOV", "USAGOV-040-PRKGOV"]),
        ({"code": "042"}, ["PRKGOV-042-KORGOV"]),
        ({"root": "11"}, ["USAGOV-111-PRKGOV"]),
        ({"root": 4, "since": "2019"}, ["PRKGOV-042-KORGOV", "USAGOV-040-PRKGOV"]),
        ({"quad": 3}, ["USAGOV-111-PRKGOV"]),
        ({"since": "2019-06-30", "until": "2019-07"}, ["USAGOV-040-PRKGOV"]),
        ({"until": "2018"}, ["KORGOV-040-IGOUNO"]),
        ({"place": "panmun"}, ["USAGOV-040-PRKGOV"]),
        ({"article": "d1"}, ["USAGOV-040-PRKGOV"]),
        ({"source": "wire"}, ["USAGOV-040-PRKGOV", "USAGOV-111-PRKGOV"]),
        ({"source": "Herald", "country": "PRK"}, ["PRKGOV-042-KORGOV"]),
        ({"actor": "O'Brien"}, []),  # a quote in a value is data, not SQL
    ],
)
def test_filters(store: Path, filters: dict[str, Any], expected: list[str]) -> None:
    assert codes(query_events(store, **filters)) == expected


def test_merged_event_counts_both_outlets(store: Path) -> None:
    row = query_events(store, place="Panmunjom").iloc[0]
    assert (row.num_sources, row.num_articles) == (2, 2)


def test_limit_returns_newest_first(store: Path) -> None:
    frame = query_events(store, limit=2)
    assert [str(d.date()) for d in frame.date] == ["2019-08-02", "2019-06-30"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"colour": "red"}, "unknown event filter"),
        ({"since": "last week"}, "not a date"),
        ({"quad": 7}, "QuadClass"),
        ({"code": "04", "root": "04"}, "one of"),
        ({"root": "x1"}, "CAMEO"),
    ],
)
def test_bad_filters_are_config_errors(store: Path, filters: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        query_events(store, **filters)


def test_sql_is_read_only(store: Path) -> None:
    assert run_sql(store, "SELECT count(*) AS n FROM mentions").n[0] == 5
    with pytest.raises(StoreError, match="read-only"):
        run_sql(store, "DELETE FROM events")
    assert run_sql(store, "SELECT count(*) AS n FROM events").n[0] == 4


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        query_events(tmp_path / "nothing.duckdb")


def test_store_api(store: Path) -> None:
    with Store(store) as s:
        frame = s.events(country="PRK", root="04")
        assert len(frame) == 2
        mentions = s.mentions(int(frame.id.iloc[0]))
        assert set(mentions.article_id) <= {"w1", "d1", "h2"}
        evidence = {"sentence", "sentence_start", "trigger", "rule", "steps", "confidence"}
        assert evidence <= set(mentions.columns)
        # each mention's construction steps, in the order the (fake) coder recorded them
        assert {tuple(steps) for steps in mentions.steps} == {
            ("source:subject", "target:object", "place:locative", "date:own-clause")
        }
        assert s.sql("SELECT count(*) AS n FROM articles").n[0] == 5
        assert s.summary()["events"] == 4


def test_public_names_are_complete_and_sorted() -> None:
    import newsevents.store as store_module

    assert store_module.__all__ == sorted(store_module.__all__)
    assert all(hasattr(store_module, name) for name in store_module.__all__)
    assert {"Store", "ingest_paths", "query_events", "run_sql", "export", "upgrade"} <= set(
        store_module.__all__
    )
