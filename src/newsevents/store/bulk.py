"""Bulk load: per-article results as Parquet (``layout``) in, merged into the store in one transaction.

``write_results(results, dir)`` writes analysed results in the layout (what a Spark job writes too);
``import_dir(dir, db)`` (``newsevents db import``) reads them with DuckDB's Parquet reader and stores
them under the per-article path's rules, set-wise where the rules allow and in one ordered pass where
they do not:

* articles are taken in ``layout.ORDER``; an id already stored is skipped, a text already stored (or seen
  earlier in the import) under another id becomes a ``duplicate`` rejection (``ingest.commit_batch``);
* mentions merge in that order through ``merge`` (the code the per-article commit runs), so the events,
  their ids and counts are those of ``ingest_results`` over the same results in the same order;
* the whole import is one transaction, and re-importing a directory changes nothing.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsevents.errors import StoreError
from newsevents.records import ArticleResult, Rejection
from newsevents.store import dedup, layout, merge, rows
from newsevents.store.database import Database


@dataclass(frozen=True, slots=True)
class ImportStats:
    """What one import did. ``skipped``: articles not added (already stored, or a copy of a stored text:
    those are also rejections, counted in ``rejected`` the first time); ``rejected``: new rejections."""

    read: int
    added: int
    skipped: int
    rejected: int
    mentions: int
    new_events: int
    seconds: float


# -- writing -----------------------------------------------------------------------------------------


def _partition(published: dt.date | None) -> dict[str, int]:
    return {"year": published.year, "month": published.month} if published else {"year": 0, "month": 0}


def _result_rows(item: ArticleResult | Rejection, now: dt.datetime) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) pairs of one result in the layout's columns."""
    from newsevents.store.ingest import with_tone

    if isinstance(item, Rejection):
        yield "rejections", {**rows.rejection_row(item, now), **_partition(None)}
        return
    toned = with_tone(item)
    part = _partition(dedup.parse_date(item.article.published)[0])
    yield "articles", {**rows.article_row(toned, now), **part}
    if item.rejection:
        yield "rejections", {**rows.rejection_row(item.rejection, now), **part}
    for table, found in rows.side_rows(toned).items():
        for row in found:
            yield table, {**row, **part}
    for n, row in enumerate(rows.mention_rows(toned, now)):
        yield "mentions", {**row, "n": n, **part}


def write_results(
    results: Iterable[ArticleResult | Rejection], directory: str | Path, *, chunk: int = 5000
) -> dict[str, int]:
    """Write analysed results (``Pipeline.analyze``'s output) in the bulk layout under ``directory``.

    Scores the tones as the per-article path does. Adds files beside any already there (each call
    writes new part files), ``chunk`` articles at a time. Returns the rows written per table."""
    root = Path(directory)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    counts = dict.fromkeys(layout.COLUMNS, 0)
    pending: dict[str, list[dict[str, Any]]] = {t: [] for t in layout.COLUMNS}

    def flush() -> None:
        for table, found in pending.items():
            if not found:
                continue
            schema = layout.arrow_schema(table)
            frame = pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in found], schema=schema)
            pq.write_to_dataset(
                frame,
                root / table,
                partition_cols=list(layout.PARTITIONS),
                existing_data_behavior="overwrite_or_ignore",
            )
            counts[table] += len(found)
            found.clear()

    for n, item in enumerate(results, 1):
        for table, row in _result_rows(item, now):
            pending[table].append(row)
        if n % chunk == 0:
            flush()
    flush()
    return counts


# -- importing ---------------------------------------------------------------------------------------


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _stage_inputs(con: Any, root: Path) -> set[str]:
    """A temp view ``_in_<table>`` per table present, with the layout's columns cast to its types."""
    present = set()
    for table, columns in layout.COLUMNS.items():
        if not any((root / table).rglob("*.parquet")):
            if table in layout.REQUIRED:
                raise StoreError(f"{root}: no Parquet files under {table}/ (layout: newsevents.store.layout)")
            continue
        files = _sql_string(str(root / table / "**" / "*.parquet"))
        source = f"read_parquet({files}, hive_partitioning = true, union_by_name = true)"
        found = {d[0] for d in con.execute(f"SELECT * FROM {source} LIMIT 0").description}
        missing = [c for c, _ in columns if c not in found]
        if missing:
            raise StoreError(
                f"{root / table}: missing columns {', '.join(missing)} (layout: newsevents.store.layout)"
            )
        select = ", ".join(f'CAST("{c}" AS {kind}) AS "{c}"' for c, kind in columns)
        con.execute(f"CREATE OR REPLACE TEMP VIEW _in_{table} AS SELECT {select} FROM {source}")
        present.add(table)
    return present


# New articles in import order, and what an earlier text makes of each (``ingest.dedup.ExactCopies``):
# ``_first`` the article whose text it repeats (a stored one first), ``_dup_of`` set when it is the same
# report again (its outlet, or no outlet, already ran the text: a rejection), ``_copy_of`` when another
# outlet's copy (kept, syndicated).
_STAGE_ARTICLES = f"""
    CREATE OR REPLACE TEMP TABLE _imp_articles AS
    WITH input AS (
        SELECT *, row_number() OVER (ORDER BY {layout.ORDER}) AS _order FROM _in_articles
    ), fresh AS (
        SELECT * FROM input WHERE id NOT IN (SELECT id FROM articles)
        QUALIFY row_number() OVER (PARTITION BY id ORDER BY _order) = 1
    ), seen AS (
        SELECT fresh.*, stored.first AS stored_first, coalesce(stored.sources, []) AS stored_sources,
               first_value(id) OVER same_text AS import_first,
               coalesce(list(nullif(source, '')) OVER (same_text ROWS BETWEEN UNBOUNDED PRECEDING
                                                        AND 1 PRECEDING), []) AS earlier_sources
        FROM fresh LEFT JOIN (
            SELECT content_hash, first(coalesce(duplicate_of, id) ORDER BY duplicate_of IS NOT NULL, id)
                       AS first, list(source) AS sources
            FROM articles GROUP BY content_hash
        ) AS stored USING (content_hash)
        WINDOW same_text AS (PARTITION BY content_hash ORDER BY _order)
    )
    SELECT * EXCLUDE (stored_first, stored_sources, import_first, earlier_sources),
           CASE WHEN _first IS NULL THEN NULL
                WHEN coalesce(source, '') = '' OR list_contains(stored_sources || earlier_sources, source)
                THEN _first END AS _dup_of,
           CASE WHEN _first IS NULL THEN NULL
                WHEN coalesce(source, '') = '' OR list_contains(stored_sources || earlier_sources, source)
                THEN NULL ELSE _first END AS _copy_of
    FROM (
        SELECT *, CASE WHEN stored_first IS NOT NULL THEN stored_first
                       WHEN import_first <> id THEN import_first END AS _first
        FROM seen
    )"""

_STAGE_MENTIONS = """
    CREATE OR REPLACE TEMP TABLE _imp_mentions AS
    SELECT m.* REPLACE (m.syndicated OR a._copy_of IS NOT NULL AS syndicated),
           row_number() OVER (ORDER BY a._order, m.n) AS _pos,
           coalesce(nullif(a.url, ''), a.id) AS source_url
    FROM _in_mentions AS m JOIN _imp_articles AS a ON a.id = m.article_id AND a._dup_of IS NULL
    WHERE m.id NOT IN (SELECT id FROM mentions)
    QUALIFY row_number() OVER (PARTITION BY m.id ORDER BY a._order, m.n) = 1"""


def _count(con: Any, sql: str) -> int:
    row = next(iter(con.execute(sql).fetchall()), None)
    return int(row[0]) if row else 0


def _store_articles(con: Any, present: set[str], now: dt.datetime) -> None:
    """The new articles, their duplicates as rejections, their actors, places, quotes; all rejections."""
    names = [c for c, _ in layout.COLUMNS["articles"]]
    cols = ", ".join(f'"{c}"' for c in names)
    values = ", ".join("coalesce(_copy_of, duplicate_of)" if c == "duplicate_of" else f'"{c}"' for c in names)
    con.execute(
        f"INSERT INTO articles ({cols}, ingested_at) SELECT {values}, ? FROM _imp_articles "
        "WHERE _dup_of IS NULL ORDER BY _order",
        [now],
    )
    con.execute(
        f"""INSERT INTO rejections BY NAME
        SELECT {rows.REJECTION_KEY_SQL} AS key, * FROM (
            SELECT coalesce(origin, id) AS origin, 'duplicate' AS reason,
                   'the same text as article ' || _dup_of AS detail, id AS article_id,
                   ?::TIMESTAMP AS ingested_at
            FROM _imp_articles WHERE _dup_of IS NOT NULL
        ) ON CONFLICT DO NOTHING""",
        [now],
    )
    for table in ("actors", "places", "quotes"):
        if table in present:
            cols = ", ".join(f'"{c}"' for c, _ in layout.COLUMNS[table])
            con.execute(
                f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _in_{table} WHERE article_id IN "
                "(SELECT id FROM _imp_articles WHERE _dup_of IS NULL) ON CONFLICT DO NOTHING"
            )
    if "rejections" in present:
        cols = ", ".join(f'"{c}"' for c, _ in layout.COLUMNS["rejections"])
        con.execute(
            f"INSERT INTO rejections ({cols}, ingested_at) SELECT {cols}, ? FROM _in_rejections "
            "ON CONFLICT DO NOTHING",
            [now],
        )


def _merge_mentions(con: Any, now: dt.datetime, window_days: int) -> tuple[int, int]:
    """Assign the staged mentions to events (``merge``), create the new events, store the mentions."""
    con.execute(_STAGE_MENTIONS)
    staged = (
        con.sql(
            "SELECT _pos, date, date_precision, steps, published_date, place_name, place_geonames_id, root, "
            "cameo, actor1_text, actor1_name, actor1_country, actor1_role, actor1_code, actor2_text, "
            "actor2_name, actor2_country, actor2_role, actor2_code FROM _imp_mentions ORDER BY _pos"
        )
        .to_arrow_table()
        .to_pylist()
    )
    if not staged:
        return 0, 0
    views = [merge.keyed(m, window_days) for m in staged]
    lookup = merge.Lookup(window_days)
    wanted = pa.table({"bucket": pa.array(sorted(lookup.buckets(views)), pa.int64())})  # noqa: F841
    lookup.load(
        con.execute(
            "SELECT k.bucket, e.id, e.dedup_key, e.date, e.date_precision, e.place_name, e.place_geonames_id "
            "FROM event_keys AS k JOIN wanted USING (bucket) JOIN events AS e ON e.id = k.id"
        ).fetchall()
    )
    ids, created = merge.assign(views, lookup, merge.next_event_id(con))
    if created:
        merge.record_max_event_id(con, ids[created[-1]])
    assigned = pa.table({"_pos": [m["_pos"] for m in staged], "event_id": pa.array(ids, pa.int64())})  # noqa: F841
    created_rows = pa.table(  # noqa: F841 (read by DuckDB)
        {
            "_pos": [staged[n]["_pos"] for n in created],
            "id": pa.array([ids[n] for n in created], pa.int64()),
            "dedup_key": [views[n].key for n in created],
            "date": pa.array([views[n].date for n in created], pa.date32()),
            "date_precision": pa.array([views[n].precision for n in created], pa.string()),
            "date_from_published": [views[n].from_published for n in created],
        }
    )
    identity = ", ".join(f"m.{c}" for c in merge.EVENT_IDENTITY)
    con.execute(
        f"""INSERT INTO events BY NAME
        SELECT c.id, c.dedup_key, c.date, c.date_precision, c.date_from_published, {identity},
               m.in_lead AS is_root, 0 AS num_mentions, 0 AS num_sources, 0 AS num_articles,
               m.source_url, ?::TIMESTAMP AS added_at
        FROM created_rows AS c JOIN _imp_mentions AS m USING (_pos) ORDER BY c.id""",
        [now],
    )
    bucket = dedup.BUCKET_SQL.format(key="dedup_key", date="date")
    con.execute(f"INSERT INTO event_keys SELECT {bucket}, id FROM created_rows")
    cols = ", ".join(f"m.{c}" for c, _ in layout.COLUMNS["mentions"] if c != "n")
    con.execute(
        f"INSERT INTO mentions BY NAME SELECT {cols}, a.event_id, ?::TIMESTAMP AS ingested_at "
        "FROM _imp_mentions AS m JOIN assigned AS a USING (_pos) ORDER BY m._pos",
        [now],
    )
    con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT DISTINCT event_id AS id FROM assigned")
    merge.refresh_table(con, "_touched")
    return len(staged), len(created)


def import_dir(
    directory: str | Path, db: str | Path | Database, *, window_days: int = dedup.DEFAULT_WINDOW_DAYS
) -> ImportStats:
    """``newsevents db import``: load a directory in the bulk layout (``layout``) into the store ``db``.

    One transaction: all or nothing. Creates the store if needed. Re-importing changes nothing."""
    root = Path(directory)
    if not root.is_dir():
        raise StoreError(f"{root}: not a directory (the bulk layout: newsevents.store.layout)")
    database = db if isinstance(db, Database) else Database(db)
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with database.write() as con:
        present = _stage_inputs(con, root)
        read = _count(con, "SELECT count(DISTINCT id) FROM _in_articles")
        con.execute(_STAGE_ARTICLES)
        added = _count(con, "SELECT count(*) FROM _imp_articles WHERE _dup_of IS NULL")
        before = _count(con, "SELECT count(*) FROM rejections")
        _store_articles(con, present, now)
        mentions, new_events = _merge_mentions(con, now, window_days)
        rejected = _count(con, "SELECT count(*) FROM rejections") - before
        for temp in ("_imp_articles", "_imp_mentions", "_touched"):
            con.execute(f"DROP TABLE IF EXISTS {temp}")
    return ImportStats(
        read, added, read - added, rejected, mentions, new_events, round(time.perf_counter() - started, 3)
    )


__all__ = ["ImportStats", "import_dir", "write_results"]
