"""Exports: GDELT 2.0 Events and Mentions (tab-separated), Parquet (hive-partitioned), CSV, JSON lines.

GDELT 2.0 Events (``gdelt``) and Mentions (``mentions``): tab-separated, no header, GDELT's columns in
GDELT's order; ``newsevents.store.gdelt`` says how our data fills each column.

``parquet`` writes the events (all columns of ``queries.EVENT_COLUMNS``, ``date`` as a DATE) under a
directory partitioned hive style by the event's year and month (``year=2019/month=6/``; undated events
under ``year=0/month=0/``), readable by Spark, DuckDB, pandas and BigQuery; ``csv`` and ``jsonl`` write
the same event rows to one file.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Literal

from newsevents import csvcells
from newsevents.errors import ConfigError, StoreError
from newsevents.store.database import Database
from newsevents.store.gdelt import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    events_sql,
    mentions_sql,
    register,
)
from newsevents.store.queries import EVENT_COLUMNS, make_filters, sql_string
from newsevents.store.quotes import write_quotes

Format = Literal["gdelt", "mentions", "parquet", "csv", "jsonl"]
FORMATS: tuple[str, ...] = ("gdelt", "mentions", "parquet", "csv", "jsonl", "quotes")


def _write_lines(con: Any, sql: str, out: Path) -> int:
    count = 0
    reader = con.sql(sql).to_arrow_reader(50_000)
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for batch in reader:
            lines = batch.column(0).to_pylist()
            if lines:
                handle.write("\n".join(lines))
                handle.write("\n")
                count += len(lines)
    return count


def export(
    db: str | Path | Database, fmt: str, out: str | Path, *, overwrite: bool = False, **filters: Any
) -> int:
    """``newsevents export``: write the events matching ``filters`` to ``out`` in ``fmt``.

    ``fmt`` is ``gdelt`` (GDELT 2.0 Events TSV), ``mentions`` (GDELT 2.0 Mentions TSV of those events),
    ``parquet`` (a directory, hive-partitioned by event date), ``csv``, ``jsonl`` or ``quotes`` (CSV of the
    quotes in the articles that report those events: ``store.quotes.write_quotes``). Returns the number
    of rows written. An existing ``out`` is an error unless ``overwrite``.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    spec = make_filters(**filters)
    target = Path(out)
    if target.exists():
        if not overwrite:
            raise StoreError(f"{target} exists (use --overwrite to replace it)")
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    database = db if isinstance(db, Database) else Database(db)
    where = spec.where("e")
    with database.read() as con:
        if fmt == "gdelt":
            register(con)
            return _write_lines(con, events_sql(where), target)
        if fmt == "mentions":
            return _write_lines(con, mentions_sql(where), target)
        if fmt == "quotes":
            return write_quotes(con, where, target)
        select = spec.select(", ".join(f"e.{c}" for c in EVENT_COLUMNS))
        row = next(iter(con.execute(f"SELECT count(*) FROM ({select})").fetchall()), None)
        count = int(row[0]) if row else 0
        path = sql_string(str(target))
        if fmt == "parquet":
            target.mkdir(parents=True)
            # Partitions by year and month (columns of their own), so `date` keeps its DATE type in the
            # files: readers that rebuild partition columns as strings still get a real date.
            # Undated events go under year=0/month=0: a null partition value (Hive's default partition)
            # is something pandas cannot read back.
            partitioned = (
                f"SELECT *, coalesce(year(date), 0) AS year, coalesce(month(date), 0) AS month "
                f"FROM ({select})"
            )
            # An empty selection still leaves a readable (empty) dataset behind.
            options = (
                "FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE"
                if count
                else "FORMAT parquet"
            )
            dest = path if count else sql_string(str(target / "empty.parquet"))
            con.execute(f"COPY ({partitioned if count else select}) TO {dest} ({options})")
        elif fmt == "csv":
            con.execute(f"COPY ({csvcells.sql(con, select)}) TO {path} (FORMAT csv, HEADER true)")
        else:
            con.execute(f"COPY ({select}) TO {path} (FORMAT json)")
        return count


__all__ = ["FORMATS", "GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "export"]
