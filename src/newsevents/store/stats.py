"""Statistics over the filtered events: counts per period, dyads, places, countries, totals.

The explorer's charts and the JSON API's ``/api/stats/*`` call these; so do Python users through
``Store.timeline()``, ``Store.dyads()``, ``Store.places()``, ``Store.totals()``. Filters are
``EventFilters``; results are JSON-ready dicts (``jsonrows``). Every function only reads.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.filters import EventFilters
from newsevents.store.database import Database
from newsevents.store.jsonrows import rows as _rows

INTERVALS = ("day", "week", "month", "year")


def auto_interval(db: Database, filters: EventFilters) -> str:
    """A bucket size that gives a readable number of bars for the matching events' date span."""
    row = _rows(db, f"SELECT min(e.date) AS lo, max(e.date) AS hi FROM events AS e WHERE {filters.where()}")
    lo, hi = row[0]["lo"], row[0]["hi"]
    if lo is None or hi is None:
        return "day"
    days = (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days
    if days <= 92:
        return "day"
    if days <= 2 * 366:
        return "week"
    if days <= 15 * 366:
        return "month"
    return "year"


def timeline(db: Database, filters: EventFilters, interval: str, by: str) -> list[dict[str, Any]]:
    """Dated events per period: ``[{period, total, avg_goldstein, counts: {key: n}}]`` in time order.

    ``by`` is ``quad`` (keys "1".."4") or ``root`` (keys "01".."20"). Undated events are left out.
    """
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {INTERVALS}")
    key = "CAST(e.quad_class AS VARCHAR)" if by == "quad" else "e.root"
    rows = _rows(
        db,
        f"SELECT CAST(date_trunc('{interval}', e.date) AS DATE) AS period, {key} AS key, count(*) AS n, "
        f"sum(e.goldstein) AS g FROM events AS e WHERE e.date IS NOT NULL AND {filters.where()} "
        "GROUP BY 1, 2 ORDER BY 1, 2",
    )
    buckets: dict[str, dict[str, Any]] = {}
    sums: dict[str, float] = {}
    for row in rows:
        bucket = buckets.setdefault(row["period"], {"period": row["period"], "total": 0, "counts": {}})
        bucket["total"] += row["n"]
        bucket["counts"][str(row["key"])] = row["n"]
        sums[row["period"]] = sums.get(row["period"], 0.0) + (row["g"] or 0.0)
    for period, bucket in buckets.items():
        bucket["avg_goldstein"] = round(sums[period] / bucket["total"], 3)
    return list(buckets.values())


def dyads(
    db: Database, filters: EventFilters, *, level: str = "country", limit: int = 20
) -> list[dict[str, Any]]:
    """The most frequent (source, target) pairs with counts per QuadClass and mean Goldstein.

    ``level`` ``country`` pairs the actors' countries, ``actor`` their CAMEO codes; events missing either
    side are left out.
    """
    field = "country" if level == "country" else "code"
    return _rows(
        db,
        f"SELECT e.actor1_{field} AS source, e.actor2_{field} AS target, count(*) AS count, "
        + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + ", "
        "round(avg(e.goldstein), 3) AS avg_goldstein FROM events AS e "
        f"WHERE e.actor1_{field} IS NOT NULL AND e.actor2_{field} IS NOT NULL AND {filters.where()} "
        "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
        [limit],
    )


def places(db: Database, filters: EventFilters, limit: int = 500) -> list[dict[str, Any]]:
    """Geolocated places of the matching events with counts and the dominant QuadClass."""
    return _rows(
        db,
        "SELECT e.place_name AS name, e.place_country AS country, round(avg(e.place_lat), 4) AS lat, "
        "round(avg(e.place_lon), 4) AS lon, count(*) AS count, mode(e.quad_class) AS quad_class "
        f"FROM events AS e WHERE e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL AND {filters.where()} "
        "GROUP BY e.place_name, e.place_country ORDER BY count DESC, name LIMIT ?",
        [limit],
    )


def country_counts(db: Database, filters: EventFilters) -> dict[str, int]:
    """ISO3 country -> number of matching events that involve it (either actor's country or the place)."""
    where = filters.where("e")
    rows = _rows(
        db,
        "SELECT c, count(DISTINCT id) AS n FROM ("
        f"  SELECT e.id, unnest([e.actor1_country, e.actor2_country, e.place_country]) AS c "
        f"  FROM events AS e WHERE {where}"
        ") WHERE c IS NOT NULL GROUP BY c",
    )
    return {r["c"]: int(r["n"]) for r in rows}


def totals(db: Database, filters: EventFilters | None = None) -> dict[str, Any]:
    """Row counts and the date range: of the whole store, or (with ``filters`` that filter) of the
    matching events, their mentions, the articles that mention them and those articles' outlets."""
    where = filters.where("e") if filters is not None else "TRUE"
    if where == "TRUE":
        return _rows(
            db,
            "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events, "
            "(SELECT count(*) FROM mentions) AS mentions, "
            "(SELECT count(DISTINCT source) FROM articles) AS sources, "
            "(SELECT min(date) FROM events) AS first_date, (SELECT max(date) FROM events) AS last_date",
        )[0]
    return _rows(
        db,
        f"WITH e AS (SELECT e.id, e.date FROM events AS e WHERE {where}), "
        "m AS (SELECT article_id, source FROM mentions WHERE event_id IN (SELECT id FROM e)) "
        "SELECT (SELECT count(DISTINCT article_id) FROM m) AS articles, (SELECT count(*) FROM e) AS events, "
        "(SELECT count(*) FROM m) AS mentions, (SELECT count(DISTINCT source) FROM m) AS sources, "
        "(SELECT min(date) FROM e) AS first_date, (SELECT max(date) FROM e) AS last_date",
    )[0]


__all__ = ["INTERVALS", "auto_interval", "country_counts", "dyads", "places", "timeline", "totals"]
