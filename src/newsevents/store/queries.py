"""Queries over a store: filtered events, their mentions, read-only SQL, a summary.

The filters (``EventFilters``) are declared once in ``newsevents.filters``: the options of
``newsevents events`` and ``newsevents export``, the keywords of ``Store.events`` and the HTTP API's
parameters. They become one SQL ``WHERE`` clause over ``events`` with every value written as an escaped
SQL literal (so the same clause serves parameter-less ``COPY`` statements in ``export``). The explorer's
queries (pages, facets, timelines, dyads) are in ``browse`` and ``stats``; quotes in ``quotes``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from newsevents.errors import ConfigError
from newsevents.filters import EventFilters, make_filters, order_by, sql_string
from newsevents.store.database import Database

# The columns ``events()`` returns, in this order (``dedup_key`` is internal).
EVENT_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "date_from_published",
    "actor1_text",
    "actor1_name",
    "actor1_country",
    "actor1_role",
    "actor1_code",
    "actor2_text",
    "actor2_name",
    "actor2_country",
    "actor2_role",
    "actor2_code",
    "cameo",
    "base_code",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "modality",
    "place_name",
    "place_country",
    "place_admin1",
    "place_lat",
    "place_lon",
    "place_geonames_id",
    "is_root",
    "num_mentions",
    "num_sources",
    "num_articles",
    "avg_tone",
    "confidence",
    "first_seen",
    "last_seen",
    "source_url",
    "added_at",
)


def _database(db: str | Path | Database) -> Database:
    return db if isinstance(db, Database) else Database(db)


def events_select(spec: EventFilters, *, offset: int = 0, sort: str | None = None, alias: str = "e") -> str:
    """The ``SELECT`` of ``EVENT_COLUMNS`` for ``spec``: ordered by ``sort`` (``EVENT_SORTS``; without it,
    newest first when ``spec.limit`` is set, else in date order), then ``LIMIT``/``OFFSET``."""
    columns = ", ".join(f"{alias}.{c}" for c in EVENT_COLUMNS)
    if sort is None and not offset:
        return spec.select(columns, alias)
    order = order_by(sort or ("-date" if spec.limit else "date")).replace("e.", f"{alias}.")
    sql = f"SELECT {columns} FROM events AS {alias} WHERE {spec.where(alias)} ORDER BY {order}"
    if spec.limit is not None:
        sql += f" LIMIT {int(spec.limit)}"
    return sql + (f" OFFSET {int(offset)}" if offset else "")


def query_events(
    db: str | Path | Database, *, offset: int = 0, sort: str | None = None, **filters: Any
) -> pd.DataFrame:
    """``newsevents events``: the stored (deduplicated) events matching ``filters`` (``EventFilters``, and
    ``limit``), one row per event, columns ``EVENT_COLUMNS``, ordered by ``sort`` (``EVENT_SORTS``; by
    default in date order, newest first with ``limit``), skipping the first ``offset``."""
    if offset < 0:
        raise ConfigError(f"--offset: {offset} is negative")
    spec = make_filters(**filters)
    with _database(db).read() as con:
        return con.execute(events_select(spec, offset=offset, sort=sort)).df()


def query_mentions(db: str | Path | Database, event_id: int | None = None, **filters: Any) -> pd.DataFrame:
    """The mentions (per-article records with their evidence) of one event, or of the filtered events."""
    spec = make_filters(**filters)
    where = (
        f"m.event_id = {int(event_id)}"
        if event_id is not None
        else f"m.event_id IN (SELECT e.id FROM events AS e WHERE {spec.where()})"
    )
    with _database(db).read() as con:
        return con.execute(
            f"SELECT m.* FROM mentions AS m WHERE {where} ORDER BY m.event_id, m.article_id, m.sentence_start"
        ).df()


def run_sql(db: str | Path, query: str, *, allow_files: bool = False) -> pd.DataFrame:
    """``newsevents sql``: run ``query`` on a read-only, sandboxed connection and return the result.

    Statements that write (INSERT, CREATE, ...) fail with DuckDB's read-only error, and anything that
    reaches outside the store (``read_csv``, ``glob``, ``COPY ... TO``, ``EXPORT DATABASE``, ``ATTACH``,
    ``INSTALL``) with its permission error, both wrapped in ``StoreError``. ``allow_files`` lifts the
    sandbox for a user who wants to join the store with files of their own (the store stays read-only).
    The store's tables are ``articles``, ``events``, ``mentions``, ``actors``, ``places``, ``quotes``,
    ``rejections``, ``meta``.
    """
    import duckdb

    from newsevents.errors import StoreError

    database = Database(db, sandboxed=not allow_files)
    try:
        with database.read() as con:
            result = con.execute(query)
            if result.description is None:
                return pd.DataFrame()
            return result.df()
    except duckdb.Error as exc:
        raise StoreError(f"sql: {exc}") from exc
    finally:
        database.close()


def summary(db: str | Path | Database) -> dict[str, Any]:
    """Row counts per table plus the event date range and the outlet count (for ``make demo``)."""
    out: dict[str, Any] = {}
    with _database(db).read() as con:
        for table in ("articles", "events", "mentions", "actors", "places", "quotes", "rejections"):
            row = next(iter(con.execute(f"SELECT count(*) FROM {table}").fetchall()), None)
            out[table] = row[0] if row else 0
        row = next(iter(con.execute("SELECT count(DISTINCT source) FROM articles").fetchall()), None)
        out["sources"] = row[0] if row else 0
        row = next(iter(con.execute("SELECT min(date), max(date) FROM events").fetchall()), None)
        out["first_date"], out["last_date"] = (row[0], row[1]) if row else (None, None)
    return out


__all__ = [
    "EVENT_COLUMNS",
    "EventFilters",
    "events_select",
    "make_filters",
    "query_events",
    "query_mentions",
    "run_sql",
    "sql_string",
    "summary",
]
