"""Quotes: who said what in which article, reachable without SQL.

``quote_filters.QuoteFilters`` declares the quote filters once, like ``EventFilters``: the ``newsevents
quotes`` command, ``Store.quotes()`` and ``/api/quotes`` take them; ``export --format quotes`` writes
the quotes of the articles reporting the filtered events. A quote row is the ``quotes`` table's row
with its article's outlet, date, title and URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from newsevents import csvcells
from newsevents.errors import ConfigError
from newsevents.filters import FILTER_NAMES, sql_string
from newsevents.quote_filters import QUOTE_FILTERS, QuoteFilters
from newsevents.store.database import Database
from newsevents.store.jsonrows import rows, scalar

# The columns of a quote row, in this order (``q`` is the quotes table, ``a`` its article).
QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "q.article_id"),
    ("n", "q.n"),
    ("published_date", "a.published_date"),
    ("source", "a.source"),
    ("speaker_text", "q.speaker_text"),
    ("speaker_name", "q.speaker_name"),
    ("speaker_country", "q.speaker_country"),
    ("speaker_role", "q.speaker_role"),
    ("speaker_code", "q.speaker_code"),
    ("verb", "q.verb"),
    ("quote", "q.quote"),
    ("start", "q.start"),
    ("end", 'q."end"'),
    ("title", "a.title"),
    ("url", "a.url"),
)
QUOTE_FIELDS = tuple(name for name, _ in QUOTE_COLUMNS)
_FROM = "FROM quotes AS q JOIN articles AS a ON a.id = q.article_id"


def make_quote_filters(**filters: Any) -> QuoteFilters:
    """``QuoteFilters`` from keyword arguments (``None`` = unset), checked; an unknown name is a
    ``ConfigError`` (naming the event filters it might have been meant as)."""
    names = {f.name for f in QUOTE_FILTERS}
    unknown = sorted(set(filters) - names)
    if unknown:
        hint = " (an event filter: quotes are not events)" if set(unknown) <= set(FILTER_NAMES) else ""
        raise ConfigError(
            f"unknown quote filter(s): {', '.join(unknown)}{hint}; known: {', '.join(sorted(names))}"
        )
    spec = QuoteFilters(**{k: v for k, v in filters.items() if v is not None})
    spec.where()
    return spec


def quotes_select(spec: QuoteFilters | str, *, limit: int | None = None, offset: int = 0) -> str:
    """The ``SELECT`` of ``QUOTE_COLUMNS`` for ``spec`` (or a condition on ``quotes AS q`` and
    ``articles AS a``): newest article first, then in text order."""
    where = spec if isinstance(spec, str) else spec.where("q")
    columns = ", ".join(f'{sql} AS "{name}"' for name, sql in QUOTE_COLUMNS)
    sql = (
        f"SELECT {columns} {_FROM} WHERE {where} ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.n"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql + (f" OFFSET {int(offset)}" if offset else "")


def write_quotes(con: duckdb.DuckDBPyConnection, events_where: str, target: Path) -> int:
    """``export --format quotes``: the quotes of the articles that report the events matching
    ``events_where`` (every quote when it is ``TRUE``) to ``target`` as CSV (``QUOTE_FIELDS``, text cells
    that a spreadsheet would run as formulas neutralised); returns the rows written."""
    where = "TRUE"
    if events_where != "TRUE":
        where = (
            "q.article_id IN (SELECT m.article_id FROM mentions AS m WHERE m.event_id IN "
            f"(SELECT e.id FROM events AS e WHERE {events_where}))"
        )
    select = quotes_select(where)
    row = con.execute(f"SELECT count(*) FROM ({select})").fetchone()
    path = sql_string(str(target))
    con.execute(f"COPY ({csvcells.sql(con, select)}) TO {path} (FORMAT csv, HEADER true)")
    return int(row[0]) if row else 0


def list_quotes(
    db: Database, spec: QuoteFilters, *, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """(number of matching quotes, one page of them as ``QUOTE_FIELDS`` dicts)."""
    total = int(scalar(db, f"SELECT count(*) {_FROM} WHERE {spec.where('q')}") or 0)
    if not total or offset >= total:
        return total, []
    return total, rows(db, quotes_select(spec, limit=limit, offset=offset))


def query_quotes(
    db: str | Path | Database, *, limit: int | None = None, offset: int = 0, **filters: Any
) -> pd.DataFrame:
    """``newsevents quotes``: the quotes matching ``filters`` (``QuoteFilters``) as a frame of
    ``QUOTE_FIELDS``, newest article first, at most ``limit`` rows after skipping ``offset``."""
    if offset < 0:
        raise ConfigError(f"--offset: {offset} is negative")
    spec = make_quote_filters(**filters)
    database = db if isinstance(db, Database) else Database(db)
    with database.read() as con:
        return con.execute(quotes_select(spec, limit=limit, offset=offset)).df()


__all__ = [
    "QUOTE_COLUMNS",
    "QUOTE_FIELDS",
    "QUOTE_FILTERS",
    "QuoteFilters",
    "list_quotes",
    "make_quote_filters",
    "query_quotes",
    "quotes_select",
    "write_quotes",
]
