"""The overview's filtered header counts (issue 13, point 5: a filtered overview showed the store's
totals)."""

from __future__ import annotations

from pathlib import Path

import duckdb
from starlette.testclient import TestClient

from newsevents.filters import EventFilters
from newsevents.store.database import Database
from newsevents.store.stats import totals


def _one(store: Path, sql: str) -> object:
    with duckdb.connect(str(store), read_only=True) as con:
        row = con.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_no_filter_counts_every_event_and_mention(store: Path) -> None:
    db = Database(store)
    try:
        found = totals(db, EventFilters())
    finally:
        db.close()
    assert found["events"] == _one(store, "SELECT count(*) FROM events")
    assert found["mentions"] == _one(store, "SELECT count(*) FROM mentions")
    assert found["first_date"] == str(_one(store, "SELECT min(date) FROM events"))


def test_a_filter_counts_only_what_it_selects(store: Path) -> None:
    db = Database(store)
    try:
        found = totals(db, EventFilters(country="PRK"))
    finally:
        db.close()
    picked = "SELECT id FROM events WHERE 'PRK' IN (actor1_country, actor2_country)"
    assert found["events"] == _one(store, f"SELECT count(*) FROM ({picked})") > 0
    assert found["mentions"] == _one(store, f"SELECT count(*) FROM mentions WHERE event_id IN ({picked})")
    assert found["articles"] == _one(
        store, f"SELECT count(DISTINCT article_id) FROM mentions WHERE event_id IN ({picked})"
    )
    assert found["sources"] == _one(
        store,
        f"SELECT count(DISTINCT a.source) FROM mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE m.event_id IN ({picked})",
    )
    assert found["events"] < _one(store, "SELECT count(*) FROM events")


def test_the_overview_page_shows_them(client: TestClient, store: Path) -> None:
    page = client.get("/", params={"country": "PRK"}).text
    events = _one(store, "SELECT count(*) FROM events WHERE 'PRK' IN (actor1_country, actor2_country)")
    assert 'data-filtered="true"' in page and f"<b>{events}</b> events" in page
    assert 'data-filtered="false"' in client.get("/").text
