"""Query results as JSON-ready dicts: what the browse and statistics queries (and the web API) return."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from newsevents.store.database import Database


def jsonable(value: Any) -> Any:
    """A DuckDB value as JSON: dates as ISO strings, NaN as null, lists kept."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """The rows of ``sql`` (on a read-only cursor) as dicts of JSON-ready values."""
    with db.read() as con:
        result = con.execute(sql, list(params))
        names = [d[0] for d in result.description or ()]
        return [{n: jsonable(v) for n, v in zip(names, row, strict=True)} for row in result.fetchall()]


def scalar(db: Database, sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row of ``sql`` (``None`` without rows), JSON-ready."""
    with db.read() as con:
        row = con.execute(sql, list(params)).fetchone()
    return jsonable(row[0]) if row else None


__all__ = ["jsonable", "rows", "scalar"]
