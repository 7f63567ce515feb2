"""Queries over a store: filtered events, their mentions, read-only SQL, a summary.

The filters (``EventFilters``) are the options of ``newsevents events`` and ``newsevents export``. They
become one SQL ``WHERE`` clause over ``events`` with every value written as an escaped SQL literal (so the
same clause serves parameter-less ``COPY`` statements in ``export``); values are checked and typed first,
never pasted in as given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from newsevents.errors import ConfigError
from newsevents.store.database import Database
from newsevents.store.dedup import parse_date


def sql_string(value: str) -> str:
    """``value`` as a DuckDB string literal (standard SQL: quotes doubled, no backslash escapes)."""
    return "'" + value.replace("'", "''") + "'"


def _period_end(start: dt.date, precision: str | None) -> dt.date:
    if precision == "year":
        return dt.date(start.year, 12, 31)
    if precision == "month":
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return start


def _date(value: str | dt.date, name: str) -> tuple[dt.date, str | None]:
    if isinstance(value, dt.date):
        return value, "day"
    parsed, precision = parse_date(str(value))
    if parsed is None:
        raise ConfigError(f"--{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return parsed, precision


def _code(value: str | int, name: str, width: int) -> str:
    text = str(value).strip()
    if not text.isdigit():
        raise ConfigError(f"--{name}: {value!r} is not a CAMEO code (digits)")
    return text.zfill(width)


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The event filters. All given filters must hold (AND); ``None`` means no filter.

    ``actor``: substring (case-insensitive) of either actor's text, name or code. ``country``: ISO3 of
    either actor. ``dyad``: (A, B) countries, either direction unless ``directed``. ``role``: CAMEO role of
    either actor. ``code``: CAMEO code or prefix (``"04"`` = all of root 04, ``"042"`` = 042 and 0421..).
    ``root``: CAMEO root. ``quad``: QuadClass 1-4. ``since``/``until``: event date bounds, inclusive, at
    the precision given (``until="2019-06"`` = to the end of June). ``place``: substring of the place name.
    ``article``: events mentioned by that article id. ``source``: events reported by that outlet
    (case-insensitive, ``%`` wildcards allowed). ``limit``: at most this many rows (newest first when
    set, else in date order).
    """

    actor: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    role: str | None = None
    code: str | None = None
    root: str | None = None
    quad: int | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    place: str | None = None
    article: str | None = None
    source: str | None = None
    limit: int | None = None

    def where(self, alias: str = "e") -> str:
        """The SQL condition on ``events AS {alias}`` (``TRUE`` without filters)."""
        a = alias
        parts: list[str] = []
        if self.actor:
            pattern = sql_string(f"%{self.actor}%")
            columns = [f"{a}.actor{n}_{f}" for n in (1, 2) for f in ("text", "name", "code")]
            parts.append("(" + " OR ".join(f"{c} ILIKE {pattern}" for c in columns) + ")")
        if self.country:
            c = sql_string(self.country.upper())
            parts.append(f"({a}.actor1_country = {c} OR {a}.actor2_country = {c})")
        if self.dyad:
            if len(self.dyad) != 2:
                raise ConfigError("--dyad takes two countries")
            x, y = (sql_string(v.upper()) for v in self.dyad)
            forward = f"({a}.actor1_country = {x} AND {a}.actor2_country = {y})"
            backward = f"({a}.actor1_country = {y} AND {a}.actor2_country = {x})"
            parts.append(forward if self.directed else f"({forward} OR {backward})")
        if self.role:
            r = sql_string(self.role.upper())
            parts.append(f"({a}.actor1_role = {r} OR {a}.actor2_role = {r})")
        if sum(v is not None for v in (self.code, self.root, self.quad)) > 1:
            raise ConfigError("give one of --code, --root, --quad")
        if self.code is not None:
            code = str(self.code).strip()
            if not code.isdigit():
                raise ConfigError(f"--code: {self.code!r} is not a CAMEO code (digits)")
            parts.append(f"starts_with({a}.cameo, {sql_string(code)})")
        if self.root is not None:
            parts.append(f"{a}.root = {sql_string(_code(self.root, 'root', 2))}")
        if self.quad is not None:
            quad = int(self.quad)
            if quad not in (1, 2, 3, 4):
                raise ConfigError(f"--quad: {self.quad!r} is not a QuadClass (1-4)")
            parts.append(f"{a}.quad_class = {quad}")
        if self.since is not None:
            start, _ = _date(self.since, "since")
            parts.append(f"{a}.date >= DATE '{start.isoformat()}'")
        if self.until is not None:
            start, precision = _date(self.until, "until")
            parts.append(f"{a}.date <= DATE '{_period_end(start, precision).isoformat()}'")
        if self.place:
            parts.append(f"{a}.place_name ILIKE {sql_string(f'%{self.place}%')}")
        if self.article:
            parts.append(
                f"{a}.id IN (SELECT event_id FROM mentions WHERE article_id = {sql_string(self.article)})"
            )
        if self.source:
            parts.append(
                f"{a}.id IN (SELECT event_id FROM mentions WHERE source ILIKE "
                f"{sql_string(self.source)} AND NOT syndicated)"
            )
        return " AND ".join(parts) if parts else "TRUE"

    def select(self, columns: str = "e.*", alias: str = "e") -> str:
        """A full ``SELECT`` of ``columns`` from the filtered events, ordered, limited."""
        order = (
            f"{alias}.date DESC NULLS LAST, {alias}.id DESC" if self.limit else f"{alias}.date, {alias}.id"
        )
        sql = f"SELECT {columns} FROM events AS {alias} WHERE {self.where(alias)} ORDER BY {order}"
        if self.limit is not None:
            sql += f" LIMIT {int(self.limit)}"
        return sql


def make_filters(**filters: Any) -> EventFilters:
    """``EventFilters`` from keyword arguments; an unknown name is a ``ConfigError``."""
    names = {f.name for f in dataclasses.fields(EventFilters)}
    unknown = sorted(set(filters) - names)
    if unknown:
        raise ConfigError(f"unknown event filter(s): {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    if filters.get("dyad") is not None:
        filters["dyad"] = tuple(filters["dyad"])
    return EventFilters(**filters)


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


def query_events(db: str | Path | Database, **filters: Any) -> pd.DataFrame:
    """``newsevents events``: the stored (deduplicated) events matching ``filters`` (``EventFilters``),
    one row per event, columns ``EVENT_COLUMNS``, in date order (newest first with ``limit``)."""
    spec = make_filters(**filters)
    database = _database(db)
    with database.read() as con:
        return con.execute(spec.select(", ".join(f"e.{c}" for c in EVENT_COLUMNS))).df()


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
    "make_filters",
    "query_events",
    "query_mentions",
    "run_sql",
    "sql_string",
    "summary",
]
