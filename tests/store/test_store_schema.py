"""Schema versions and forward migrations (issue 5, item 1: never silently rebuilt)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from store_factories import corpus, fake_analyzer

from newsevents.errors import SchemaVersionError, StoreError
from newsevents.store import SCHEMA_VERSION, Database, ingest_items, query_events, run_sql, summary, upgrade
from newsevents.store.schema import MIGRATIONS

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
