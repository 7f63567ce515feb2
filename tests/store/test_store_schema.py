"""Schema versions and forward migrations (issue 5, item 1: never silently rebuilt)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from store_factories import corpus, fake_analyzer

from newsevents.errors import SchemaVersionError, StoreError
from newsevents.store import SCHEMA_VERSION, Database, ingest_items, query_events, run_sql, summary, upgrade
from newsevents.store.queries import sql_string
from newsevents.store.schema import MIGRATIONS

TABLES = ("articles", "events", "mentions", "actors", "places", "quotes", "rejections")

EXTRA = ("ALTER TABLE events ADD COLUMN note VARCHAR", "UPDATE events SET note = 'migrated'")


def test_new_store_is_at_current_version(db: Path) -> None:
    ingest_items(corpus(3), db, analyzer=fake_analyzer)
    assert Database(db).version() == SCHEMA_VERSION == len(MIGRATIONS)


def test_upgrade_of_missing_file_creates_it(db: Path) -> None:
    assert upgrade(db) == (0, SCHEMA_VERSION)
    assert upgrade(db) == (SCHEMA_VERSION, SCHEMA_VERSION)
    assert summary(db)["events"] == 0


def test_older_store_must_be_upgraded_then_keeps_its_data(db: Path) -> None:
    ingest_items(corpus(5), db, analyzer=fake_analyzer)
    events = summary(db)["events"]
    newer = Database(db, migrations=(*MIGRATIONS, EXTRA))
    with pytest.raises(StoreError, match="db upgrade"):
        with newer.read():
            pass
    assert newer.upgrade() == (SCHEMA_VERSION, SCHEMA_VERSION + 1)
    with newer.read() as con:
        assert con.execute("SELECT count(*), min(note) FROM events").fetchall() == [(events, "migrated")]
    newer.close()
    # and this code now refuses the newer file instead of guessing
    with pytest.raises(SchemaVersionError):
        query_events(db)
    with pytest.raises(SchemaVersionError):
        ingest_items(corpus(1), db, analyzer=fake_analyzer)


def version_1_store(db: Path, scratch: Path, articles: int) -> None:
    """A store file as version 1 of the schema wrote it: its own DDL, holding the rows a current store
    holds for ``articles`` articles, less what later versions added (``mentions.steps``)."""
    ingest_items(corpus(articles), scratch, analyzer=fake_analyzer)
    old = Database(db, migrations=MIGRATIONS[:1])
    assert old.upgrade() == (0, 1)
    old.close()
    con = duckdb.connect(str(db))
    try:
        con.execute(f"ATTACH {sql_string(str(scratch))} AS scratch (READ_ONLY)")
        for table in TABLES:
            later = " EXCLUDE (steps)" if table == "mentions" else ""
            con.execute(f"INSERT INTO {table} BY NAME SELECT *{later} FROM scratch.{table}")
    finally:
        con.close()


def test_version_1_store_migrates_to_2_with_empty_steps(db: Path, tmp_path: Path) -> None:
    """Migration 2 (``mentions.steps``): old mentions keep every row and get no steps; new ones get theirs."""
    version_1_store(db, tmp_path / "scratch.duckdb", 5)
    assert Database(db).version() == 1
    with duckdb.connect(str(db), read_only=True) as con:
        assert "steps" not in {d[0] for d in con.execute("SELECT * FROM mentions LIMIT 0").description}
    with pytest.raises(StoreError, match="db upgrade"):
        query_events(db)
    with pytest.raises(StoreError, match="db upgrade"):
        ingest_items(corpus(1), db, analyzer=fake_analyzer)
    before = summary(tmp_path / "scratch.duckdb")
    assert upgrade(db) == (1, SCHEMA_VERSION)
    assert summary(db) == before
    rows = run_sql(db, "SELECT article_id, steps FROM mentions ORDER BY article_id")
    assert len(rows) == before["mentions"] and all(list(s) == [] for s in rows.steps)
    # the upgraded store takes new articles with their steps beside the old rows
    ingest_items(corpus(7), db, analyzer=fake_analyzer)
    new = run_sql(db, "SELECT steps FROM mentions WHERE article_id IN ('a00005', 'a00006')")
    assert len(new) == 4
    assert sorted(tuple(s) for s in new.steps) == [
        ("source:subject", "target:object", "date:own-clause"),
        ("source:subject", "target:object", "date:own-clause"),
        ("source:subject", "target:object", "place:locative", "date:own-clause"),
        ("source:subject", "target:object", "place:locative", "date:own-clause"),
    ]


def test_failed_migration_leaves_the_old_version(db: Path) -> None:
    ingest_items(corpus(2), db, analyzer=fake_analyzer)
    broken = Database(
        db,
        migrations=(*MIGRATIONS, ("ALTER TABLE events ADD COLUMN x INTEGER", "SELECT * FROM no_such_table")),
    )
    with pytest.raises(duckdb.Error):
        broken.upgrade()
    broken.close()
    assert Database(db).version() == SCHEMA_VERSION
    assert "x" not in set(run_sql(db, "SELECT * FROM events LIMIT 0").columns)
