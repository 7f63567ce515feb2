"""The cross-article merge on Spark, with the store's own definitions (``newsevents.store.merge``).

Mentions are grouped by their dedup key; within a group they are folded in reading order with the
store's ``merge.assign`` over a ``merge.Lookup`` that starts from the events an earlier run stored under
that key. A mention that matches nothing founds an event; founded events get their GlobalEventIDs in the
order of their founding mentions, after the largest id already stored, as the DuckDB writer numbers
them, and their rows come from ``merge.event_row``. Counts and tone come from ``merge.AGGREGATES_SQL``,
the statement the DuckDB writer runs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.store import dedup
from newsevents.store import merge as store_merge

# Ids given to events founded in this run while folding, above any stored id; only their order matters
# (``best_match`` breaks ties by id), and the real ids are given afterwards.
_PROVISIONAL = 1 << 62
_ASSIGNMENT = "id string, event_ref long, founder string"
# What the merge reads of a mention row (``merge.keyed``).
_KEYED_COLUMNS = (
    "id", "date", "date_precision", "steps", "published_date", "place_name", "place_geonames_id", "root",
    "cameo", *(f"actor{n}_{f}" for n in (1, 2) for f in ("text", "name", "country", "role", "code")),
)  # fmt: skip


def _clean(raw: dict[str, Any]) -> dict[str, Any]:
    """A mention row from pandas as the store's code expects it: None for missing, plain lists, dates."""
    row = {k: _none(raw[k]) for k in _KEYED_COLUMNS if k != "steps"}
    row["steps"] = [str(step) for step in (raw["steps"] if raw["steps"] is not None else ())]
    row["date"], row["published_date"] = _day(row["date"]), _day(row["published_date"])
    row["place_geonames_id"] = _int(row["place_geonames_id"])
    return row


def _fold(mentions: Any, stored: Any, window_days: int) -> list[tuple[Any, int | None, Any]]:
    """One dedup key's mentions (pandas), in reading order, against the events stored under that key:
    ``(mention id, stored event id or None, founding mention id or None)`` for each."""
    lookup = store_merge.Lookup(window_days)
    lookup.load(
        (
            dedup.bucket(str(row.dedup_key), _day(row.date)),
            int(row.id),
            str(row.dedup_key),
            _day(row.date),
            _none(row.date_precision),
            _none(row.place_name),
            _int(row.place_geonames_id),
        )
        for row in stored.itertuples(index=False)
    )
    rows = [_clean(raw) for raw in mentions.sort_values(["seq", "n"]).to_dict("records")]
    ids, created = store_merge.assign(
        [store_merge.keyed(row, window_days) for row in rows], lookup, _PROVISIONAL
    )
    out: list[tuple[Any, int | None, Any]] = []
    for row, event_id in zip(rows, ids, strict=True):
        if event_id >= _PROVISIONAL:
            out.append((row["id"], None, rows[created[event_id - _PROVISIONAL]]["id"]))
        else:
            out.append((row["id"], event_id, None))
    return out


def _fold_keys(mentions: Any, stored: Any, window_days: int) -> Any:
    """``_fold`` for each dedup key among ``mentions`` (pandas), against the stored events of that key."""
    import pandas as pd

    by_key = {key: part for key, part in stored.groupby("dedup_key", sort=False)} if len(stored) else {}
    empty = stored.iloc[0:0]
    out = [
        row
        for key, part in mentions.groupby("dedup_key", sort=False)
        for row in _fold(part, by_key.get(key, empty), window_days)
    ]
    return pd.DataFrame(out, columns=["id", "event_ref", "founder"]).astype({"event_ref": "Int64"})


def _none(value: Any) -> Any:
    """A scalar from pandas, with its missing markers (NaN, NaT, pd.NA) as None."""
    import pandas as pd

    return None if value is None or pd.isna(value) else value


def _int(value: Any) -> int | None:
    value = _none(value)
    return None if value is None else int(value)


def _day(value: Any) -> dt.date | None:
    value = _none(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return value.date() if hasattr(value, "date") else None


def merge(
    spark: Any, mentions: Any, stored_events: Any, next_id: int, now: dt.datetime, window_days: int
) -> tuple[Any, Any]:
    """``(mentions with event_id, new events without counts)`` for this run's ``mentions`` (with their
    merge identity and reading order) against ``stored_events``."""
    from pyspark.sql import functions as F

    from newsevents.spark.schema import spark_schema

    # Keys are folded a partition's worth at a time (one pandas call per group of keys, not per key:
    # the per-call cost dominated when a run has thousands of keys); within it, each key on its own.
    groups = max(1, int(spark.conf.get("spark.sql.shuffle.partitions")))

    def grouped(frame: Any) -> Any:
        return frame.withColumn("_group", F.pmod(F.hash("dedup_key"), F.lit(groups))).groupBy("_group")

    assigned = (
        grouped(mentions)
        .cogroup(grouped(stored_events))
        .applyInPandas(lambda k, m, s: _fold_keys(m, s, window_days), schema=_ASSIGNMENT)
        .persist()
    )
    founders = assigned.where(F.col("founder") == F.col("id")).select("id")
    founding = mentions.join(founders, "id").orderBy("seq", "n")
    # Founded events are numbered in the order of their founding mentions, after the stored ids.
    numbered = founding.rdd.zipWithIndex().map(lambda pair: (pair[0].asDict(), next_id + pair[1])).cache()
    schema = spark_schema("events")
    names = schema.fieldNames()
    events = spark.createDataFrame(
        numbered.map(lambda pair: _event_tuple(_event_row(pair[0], pair[1], now, window_days), names)), schema
    )
    founder_ids = numbered.map(lambda pair: (pair[0]["id"], pair[1])).toDF("founder string, new_id long")
    linked = assigned.join(founder_ids, "founder", "left").select(
        "id", F.coalesce("event_ref", "new_id").alias("event_id")
    )
    return mentions.drop("event_id").join(linked, "id"), events


def _event_row(mention: dict[str, Any], event_id: int, now: dt.datetime, window_days: int) -> dict[str, Any]:
    keyed = store_merge.keyed(mention, window_days)
    return store_merge.event_row(mention, keyed, event_id, now)


def _event_tuple(row: dict[str, Any], names: list[str]) -> tuple[Any, ...]:
    return tuple(row.get(name) for name in names)


def with_counts(spark: Any, events: Any, mentions: Any) -> Any:
    """``events`` with GDELT's counts and tone over ``mentions`` (``merge.AGGREGATES_SQL``)."""
    mentions.createOrReplaceTempView("newsevents_mentions")
    counts = spark.sql(store_merge.AGGREGATES_SQL.format(mentions="newsevents_mentions"))
    replaced = [c for c in counts.columns if c != "event_id"]
    kept = events.drop(*replaced)
    joined = kept.join(counts.withColumnRenamed("event_id", "id"), "id", "left")
    return joined.select(*events.columns)


__all__ = ["merge", "with_counts"]
