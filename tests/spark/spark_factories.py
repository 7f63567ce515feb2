"""What the Spark tests share: comparing a Spark run's Parquet datasets with a store, table by table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from newsevents.spark.schema import TABLES

# Timestamps of the run: the only columns left out of a comparison.
RUN_TIME_COLUMNS = {"ingested_at", "added_at"}


def store_rows(con: Any, table: str, source: str) -> tuple[list[str], set[tuple[Any, ...]]]:
    """The store table's columns (run timestamps aside) and the rows of ``source`` in them, as a set."""
    columns = [
        name
        for (name,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
        if name not in RUN_TIME_COLUMNS
    ]
    listed = ", ".join(f'"{c}"' for c in columns)
    rows = con.execute(f"SELECT {listed} FROM {source}").fetchall()
    return columns, {tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in rows}


def rows_without(con: Any, table: str, column: str | None) -> set[tuple[Any, ...]]:
    """A store table's rows without ``column`` (a surrogate id) and the run timestamps."""
    columns, _ = store_rows(con, table, table)
    listed = ", ".join(f'"{c}"' for c in columns if c != column)
    rows = con.execute(f"SELECT {listed} FROM {table}").fetchall()
    return {tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in rows}


def assert_same_as_store(db: Path, out: Path) -> dict[str, int]:
    """Every table of the Parquet output equals the store's (run timestamps aside); returns row counts."""
    con = duckdb.connect(str(db), read_only=True)
    counts = {}
    try:
        for table in TABLES:
            files = list((out / table).rglob("*.parquet"))
            _, stored = store_rows(con, table, table)
            if not files:
                assert not stored, f"{table}: the store has rows, Spark wrote none"
                counts[table] = 0
                continue
            source = f"read_parquet('{out / table}/**/*.parquet', hive_partitioning = false)"
            _, written = store_rows(con, table, source)
            assert written == stored, (
                f"{table}: only in the store {sorted(stored - written)[:2]}; "
                f"only in Spark {sorted(written - stored)[:2]}"
            )
            counts[table] = len(written)
    finally:
        con.close()
    return counts
