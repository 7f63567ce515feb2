"""The overview's header counts for a filter: events, their mentions, articles and outlets, date range.

Kept apart from the read-side queries (``data``) so the lead can merge it with the move of those queries
into ``store.queries``: one function, one SQL statement, read-only like the rest.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.store.database import Database
from newsevents.store.queries import EventFilters


def filtered_summary(db: Database, filters: EventFilters) -> dict[str, Any]:
    """The overview's counts over the events matching ``filters``: ``events``, ``mentions`` of them, the
    ``articles`` those mentions come from, their ``sources`` (outlets; an article without one is none),
    and the events' ``first_date``/``last_date`` (ISO strings, ``None`` when no event is dated)."""
    where = filters.where("e")
    sql = (
        f"WITH picked AS (SELECT e.id, e.date FROM events AS e WHERE {where}), "
        "seen AS (SELECT m.article_id, a.source FROM mentions AS m JOIN picked AS p ON p.id = m.event_id "
        "LEFT JOIN articles AS a ON a.id = m.article_id) "
        "SELECT (SELECT count(*) FROM picked) AS events, (SELECT count(*) FROM seen) AS mentions, "
        "(SELECT count(DISTINCT article_id) FROM seen) AS articles, "
        "(SELECT count(DISTINCT source) FROM seen) AS sources, "
        "(SELECT min(date) FROM picked) AS first_date, (SELECT max(date) FROM picked) AS last_date"
    )
    with db.read() as con:
        result = con.execute(sql)
        names = [d[0] for d in result.description or ()]
        row = result.fetchone()
    values = dict(zip(names, row or (), strict=True))
    for key in ("first_date", "last_date"):
        if isinstance(values.get(key), dt.date):
            values[key] = values[key].isoformat()
    return values


__all__ = ["filtered_summary"]
