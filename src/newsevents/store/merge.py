"""Which stored event each new mention reports, read from a bounded window (``dedup``'s rules).

Shared by the per-article commit (``ingest.commit_batch``) and the bulk import (``bulk``), so both merge
alike: mentions are taken in order; each looks up the events of its candidate buckets (``Lookup``: the
stored ones, read through the ``event_keys`` index, and those created earlier in the same run), merges
into ``dedup.best_match`` or creates an event with the next id (``assign``); ``refresh`` then recounts
the events touched from their mentions.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.store import dedup
from newsevents.when import DATELINE, PUBLISHED

# Date steps that mean the coder took the date from the dateline or publication date, not the text.
_FALLBACK_STEPS = frozenset({PUBLISHED, DATELINE})

# ``IN (?, ?, ...)`` with constants is what lets DuckDB answer from an index instead of a scan; a list
# this long still takes a few milliseconds.
_IN_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class Keyed:
    """A mention as deduplication sees it: its key, the date it merges by, its place, and the buckets
    its candidates are in (``dedup.candidate_buckets``)."""

    key: str
    date: dt.date | None
    precision: str | None
    place: str | None
    from_published: bool
    buckets: tuple[int, ...]


def keyed(row: Mapping[str, Any], window_days: int) -> Keyed:
    """The dedup view of a mention row (store columns, ``rows.mention_rows``).

    The coder dates an event the text gives no date by the dateline or publication date and says so in
    its steps; an event it could not date at all takes the publication date here."""
    date, precision = row["date"], row["date_precision"]
    fallback = bool(_FALLBACK_STEPS.intersection(row["steps"] or ())) and date is not None
    from_published = fallback or (date is None and row["published_date"] is not None)
    if date is None and from_published:
        date, precision = row["published_date"], "day"
    place = dedup.place_key(row["place_name"], row["place_geonames_id"])
    key = dedup.row_dedup_key(row)
    buckets = dedup.candidate_buckets(key, date, precision, window_days)
    return Keyed(key, date, precision, place, from_published, buckets)


def in_list(con: Any, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Run ``sql`` (with one ``{marks}``) for ``values`` as constant ``IN`` lists, in chunks."""
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(values), _IN_CHUNK):
        part = list(values[start : start + _IN_CHUNK])
        out.extend(con.execute(sql.format(marks=", ".join("?" * len(part))), part).fetchall())
    return out


class Lookup:
    """Candidate events by bucket: the stored ones loaded for the buckets asked, plus the new ones."""

    def __init__(self, window_days: int) -> None:
        self.window_days = window_days
        self._by_bucket: dict[int, list[tuple[str, dedup.Candidate]]] = collections.defaultdict(list)

    def __len__(self) -> int:
        """How many candidates this lookup holds (stored ones read, plus created ones)."""
        return sum(len(found) for found in self._by_bucket.values())

    def buckets(self, mentions: Iterable[Keyed]) -> set[int]:
        """Every bucket the ``mentions`` look in."""
        return {b for m in mentions for b in m.buckets}

    def load(self, rows: Iterable[tuple[int, int, str, Any, str | None, str | None, int | None]]) -> None:
        """Add stored events: rows of (bucket, id, dedup_key, date, precision, place name, GeoNames id)."""
        for bucket, ev_id, key, date, precision, place_name, gid in rows:
            cand = dedup.Candidate(ev_id, date, precision, dedup.place_key(place_name, gid))
            self._by_bucket[bucket].append((key, cand))

    def load_from(self, con: Any, buckets: Iterable[int]) -> None:
        """Read the stored events of ``buckets`` through the ``event_keys`` and primary-key indexes."""
        wanted = sorted(buckets)
        keys = in_list(con, "SELECT id, bucket FROM event_keys WHERE bucket IN ({marks})", wanted)
        bucket_of = {ev_id: b for ev_id, b in keys}
        stored = in_list(
            con,
            "SELECT id, dedup_key, date, date_precision, place_name, place_geonames_id FROM events "
            "WHERE id IN ({marks})",
            sorted(bucket_of),
        )
        self.load((bucket_of[row[0]], *row) for row in stored)

    def match(self, m: Keyed) -> dedup.Candidate | None:
        """The event ``m`` merges into, if any (``dedup.best_match`` over its buckets, same key only)."""
        found = [cand for b in m.buckets for key, cand in self._by_bucket.get(b, ()) if key == m.key]
        return dedup.best_match(found, m.date, m.precision, m.place, self.window_days)

    def add(self, m: Keyed, ev_id: int) -> dedup.Candidate:
        cand = dedup.Candidate(ev_id, m.date, m.precision, m.place)
        self._by_bucket[dedup.bucket(m.key, m.date)].append((m.key, cand))
        return cand


def assign(mentions: Sequence[Keyed], lookup: Lookup, next_id: int) -> tuple[list[int], list[int]]:
    """The event id of each mention, in order, and the positions of the mentions that created one."""
    ids: list[int] = []
    created: list[int] = []
    for n, m in enumerate(mentions):
        match = lookup.match(m)
        if match is None:
            match = lookup.add(m, next_id)
            created.append(n)
            next_id += 1
        ids.append(match.id)
    return ids, created


def next_event_id(con: Any) -> int:
    """The id a new event gets: one more than the largest stored.

    ``max(id)`` over the whole table is a scan; ids only grow and are stored in increasing order, so
    from the largest id the last commit recorded (``meta.max_event_id``, a hint: events written another
    way only make the search start earlier) DuckDB reads the last row group or two. An id is never
    given twice: when the event that had the largest id was removed (``versions``), the hint stays."""
    row = next(iter(con.execute("SELECT value FROM meta WHERE key = 'max_event_id'").fetchall()), None)
    hint = int(row[0]) if row else 0
    found = next(iter(con.execute("SELECT max(id) FROM events WHERE id >= ?", [hint]).fetchall()), None)
    if found is None or found[0] is None:
        found = next(iter(con.execute("SELECT max(id) FROM events").fetchall()), None)
    return max(hint, found[0] if found and found[0] is not None else 0) + 1


def record_max_event_id(con: Any, max_id: int) -> None:
    """Keep the hint ``next_event_id`` starts from."""
    con.execute(
        "INSERT INTO meta VALUES ('max_event_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [str(max_id)],
    )


def event_row(mention: Mapping[str, Any], m: Keyed, ev_id: int, now: dt.datetime) -> dict[str, Any]:
    """The ``events`` row a mention creates: its identity fields; counts come from ``refresh``."""
    identity = {c: mention[c] for c in EVENT_IDENTITY}
    return {
        "id": ev_id,
        "dedup_key": m.key,
        "date": m.date,
        "date_precision": m.precision,
        "date_from_published": m.from_published,
        **identity,
        "is_root": mention["in_lead"],
        "num_mentions": 0,
        "num_sources": 0,
        "num_articles": 0,
        "avg_tone": None,
        "confidence": None,
        "first_seen": None,
        "last_seen": None,
        "source_url": mention["source_url"],
        "added_at": now,
    }


# The columns an event copies from the mention that created it.
EVENT_IDENTITY = tuple(
    f"{p}_{f}" for p in ("actor1", "actor2") for f in ("text", "name", "country", "role", "code")
) + (
    "cameo", "base_code", "root", "quad_class", "goldstein", "plover_type", "plover_mode",
    "plover_context", "modality", "place_name", "place_country", "place_admin1", "place_lat",
    "place_lon", "place_geonames_id",
)  # fmt: skip

# GDELT's counts and tone of each event over its mentions: one statement that DuckDB (``refresh``) and
# Spark SQL (the Spark job) both run, over ``{mentions}``, any relation with the mentions columns. The
# mean tone is rounded half away from zero in integer arithmetic (article tones have 4 decimals): a float
# ``round`` gives the two engines different last digits on ties such as -1.34035.
AGGREGATES_SQL = """
    SELECT event_id,
           CAST(sum(n) AS INTEGER) AS num_mentions,
           CAST(count(*) AS INTEGER) AS num_articles,
           -- distinct outlets that ran a report, syndicated copies included (GDELT's meaning:
           -- syndication is what NumSources measures); an article without an outlet is no source
           CAST(count(DISTINCT nullif(source, '')) AS INTEGER) AS num_sources,
           -- per article, as GDELT averages documents
           CASE WHEN count(tone4) > 0
                THEN sign(sum(tone4)) * floor((2 * abs(sum(tone4)) + count(tone4)) / (2.0 * count(tone4)))
                     / 10000
           END AS avg_tone,
           max(confidence) AS confidence,
           bool_or(in_lead) AS is_root,
           min(published_date) AS first_seen, max(published_date) AS last_seen
    FROM (
        SELECT event_id, article_id, count(*) AS n,
               CAST(round(any_value(doc_tone) * 10000) AS BIGINT) AS tone4,
               any_value(source) AS source,
               max(confidence) AS confidence, bool_or(in_lead) AS in_lead,
               any_value(published_date) AS published_date
        FROM {mentions}
        GROUP BY event_id, article_id
    ) AS per_article
    GROUP BY event_id"""

# Counts and tone of the events in ``{ids}`` recomputed from their mentions.
_REFRESH = (
    """
    UPDATE events SET
        num_mentions = agg.num_mentions, num_articles = agg.num_articles, num_sources = agg.num_sources,
        avg_tone = agg.avg_tone, confidence = agg.confidence, is_root = agg.is_root,
        first_seen = agg.first_seen, last_seen = agg.last_seen
    FROM ("""
    + AGGREGATES_SQL.replace("{mentions}", "(SELECT * FROM mentions WHERE event_id IN ({ids})) AS changed")
    + """) AS agg
    WHERE events.id = agg.event_id AND events.id IN ({ids})"""
)


def refresh(con: Any, event_ids: Sequence[int]) -> None:
    """Recount ``event_ids`` (a commit's few: constant lists, so both tables answer from an index)."""
    for start in range(0, len(event_ids), _IN_CHUNK):
        part = list(event_ids[start : start + _IN_CHUNK])
        marks = ", ".join("?" * len(part))
        con.execute(_REFRESH.format(ids=marks), part + part)


def refresh_table(con: Any, table: str) -> None:
    """Recount the events whose ids are in the ``id`` column of ``table`` (a bulk load's many)."""
    con.execute(_REFRESH.format(ids=f"SELECT id FROM {table}"))


__all__ = [
    "AGGREGATES_SQL",
    "EVENT_IDENTITY",
    "Keyed",
    "Lookup",
    "assign",
    "event_row",
    "in_list",
    "keyed",
    "next_event_id",
    "record_max_event_id",
    "refresh",
    "refresh_table",
]
