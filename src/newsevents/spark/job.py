"""The Spark job: read, deduplicate, code on executors, merge, write Parquet datasets like the store's.

``run(inputs, out)`` is what ``newsevents spark`` and ``spark-submit`` call. Output, under ``out``: one
Parquet dataset per store table (``articles``, ``mentions``, ``events``, ``actors``, ``places``,
``quotes``, ``rejections``) with the store's column names and types, the first three partitioned by
``year``/``month`` of their date (0/0 when undated). A second run merges into what is there: articles
already stored are skipped, events found again gain mentions, nothing is duplicated; each run rewrites
the datasets through a staging folder and swaps them in at the end, so a failed run leaves the last good
output in place.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.config import Settings
from newsevents.ingest.dedup import ExactCopies
from newsevents.records import Article, Rejection
from newsevents.spark import merge, read
from newsevents.spark.schema import TABLES, as_tuple, spark_schema
from newsevents.store import dedup, rows

# What a mention carries through the merge besides its store columns (DuckDB types): its article's place
# in the reading order, its own in the article, its dedup key and the URL an event it founds records.
MERGE_COLUMNS = (
    ("seq", "BIGINT"),
    ("n", "INTEGER"),
    ("dedup_key", "VARCHAR"),
    ("source_url", "VARCHAR"),
)
# Tables partitioned by the year and month of this date column.
PARTITION_DATE = {"articles": "published_date", "mentions": "date", "events": "date"}


@dataclass(frozen=True, slots=True)
class SparkStats:
    """What one run did."""

    files: int
    articles: int
    rejected: int
    mentions: int
    events: int
    seconds: float


# One pipeline per executor Python process, loaded by the first task that needs it (Spark reuses its
# Python workers across tasks, so this is per process, not per task or record).
_PIPELINES: dict[Settings, Any] = {}


def _pipeline(settings: Settings) -> Any:
    if settings not in _PIPELINES:
        from newsevents.runner import load_pipeline

        _PIPELINES[settings] = load_pipeline(settings)
    return _PIPELINES[settings]


def session(master: str | None = None, app: str = "newsevents") -> Any:
    """A Spark session (``master`` such as ``local[2]``; None: whatever ``spark-submit`` configured)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app).config("spark.sql.session.timeZone", "UTC")
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            # Local executors run this very interpreter (the one newsevents is installed in), not
            # whatever "python3" is first on the PATH.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            # A laptop-sized job: few shuffle partitions, no web UI, no console progress bars.
            builder = (
                builder.config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
            )
    return builder.getOrCreate()


def _code_partition(
    records: Iterator[tuple[int, Any]], settings: Settings, now: dt.datetime
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """``(table, row)`` pairs for a partition of ``(seq, Article | Rejection)``."""
    from newsevents.analysis import analyze_with_tone

    extra = tuple(name for name, _ in MERGE_COLUMNS)
    batch: list[tuple[int, Article]] = []

    def flush() -> Iterator[tuple[str, tuple[Any, ...]]]:
        results = analyze_with_tone(_pipeline(settings), [a for _, a in batch], settings.batch_size)
        for (seq, _), result in zip(batch, results, strict=True):
            if isinstance(result, Rejection):
                yield "rejections", as_tuple("rejections", rows.rejection_row(result, now))
                continue
            yield "articles", as_tuple("articles", rows.article_row(result, now))
            for table, table_rows in rows.side_rows(result).items():
                for row in table_rows:
                    yield table, as_tuple(table, row)
            for n, mention in enumerate(rows.mention_rows(result, now)):
                merge_cols = {"seq": seq, "n": n, "dedup_key": dedup.row_dedup_key(mention)}
                yield "mentions", as_tuple("mentions", {**mention, **merge_cols}, extra)
            if result.result.rejection is not None:
                yield "rejections", as_tuple("rejections", rows.rejection_row(result.result.rejection, now))
        batch.clear()

    for seq, item in records:
        if isinstance(item, Rejection):
            yield "rejections", as_tuple("rejections", rows.rejection_row(item, now))
            continue
        batch.append((seq, item))
        if len(batch) >= settings.batch_size:
            yield from flush()
    if batch:
        yield from flush()


def run(
    inputs: Sequence[str],
    out: str,
    *,
    spark: Any = None,
    master: str | None = None,
    settings: Settings | None = None,
    published: str | None = None,
    partitions: int | None = None,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
) -> SparkStats:
    """Code ``inputs`` (files, folders, Hadoop-compatible URIs) and merge the results into the Parquet
    datasets under ``out``. ``spark``: a session to use (else one is made with ``master``);
    ``partitions``: how many coding tasks (default: twice the cluster's cores); ``published`` and
    ``settings`` as for ``newsevents ingest``."""
    started = time.monotonic()
    settings = settings or Settings()
    published = published or settings.published
    spark = spark or session(master)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    out = out.rstrip("/")
    stored = {table: _stored(spark, out, table) for table in TABLES}
    files = read.list_inputs(spark, list(inputs))
    new, stats = _code(spark, files, stored, settings, published, partitions, now)
    frames, new_events = _merged(spark, new, stored, now, window_days)
    _write(spark, out, frames)
    return SparkStats(
        files=len(files),
        articles=stats["articles"],
        rejected=stats["rejections"],
        mentions=stats["mentions"],
        events=new_events,
        seconds=round(time.monotonic() - started, 3),
    )


def _stored(spark: Any, out: str, table: str) -> Any:
    """The dataset an earlier run wrote (without its partition columns), or None."""
    from pyspark.sql.utils import AnalysisException

    try:
        frame = spark.read.parquet(f"{out}/{table}")
    except AnalysisException:
        return None
    return frame.drop("year", "month")


def _code(
    spark: Any,
    files: list[str],
    stored: dict[str, Any],
    settings: Settings,
    published: str | None,
    partitions: int | None,
    now: dt.datetime,
) -> tuple[dict[str, Any], dict[str, int]]:
    """This run's rows per table (mentions with their merge columns) and their counts."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    records = read.read_records(files, spark, published).persist(StorageLevel.MEMORY_AND_DISK)
    known_ids: set[str] = set()
    stored_texts = ExactCopies()
    if stored["articles"] is not None:
        found = stored["articles"].select("id", "content_hash", "source", "duplicate_of").collect()
        known_ids = {row[0] for row in found}
        # originals first, so that a copy of a copy points to the original (as the store reads them)
        for art_id, digest, source, duplicate_of in sorted(found, key=lambda r: (r[3] is not None, r[0])):
            stored_texts.add(digest, art_id, source, duplicate_of)
    verdicts = sc.broadcast(
        read.judge_all(
            records, known_ids, stored_texts, settings.near_duplicates, settings.duplicate_threshold
        )
    )
    judged = records.flatMap(lambda record: read.apply_judgement(record, verdicts.value))
    count = partitions or max(2, 2 * sc.defaultParallelism)
    coded = (
        judged.repartition(count)
        .mapPartitions(lambda part: _code_partition(part, settings, now))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    new = {}
    for table in TABLES:
        if table == "events":
            continue
        extra = MERGE_COLUMNS if table == "mentions" else ()
        rows = coded.filter(lambda pair, t=table: pair[0] == t).map(lambda pair: pair[1])
        new[table] = spark.createDataFrame(rows, spark_schema(table, extra))
    counts = dict(coded.map(lambda pair: (pair[0], 1)).countByKey())
    records.unpersist()
    return new, {t: int(counts.get(t, 0)) for t in ("articles", "rejections", "mentions")}


def _merged(
    spark: Any, new: dict[str, Any], stored: dict[str, Any], now: dt.datetime, window_days: int
) -> tuple[dict[str, Any], int]:
    """Every table as it should be after this run, and how many events it founded."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    # A mention id seen before (in this run or an earlier one) is dropped, as the DuckDB writer does.
    first = Window.partitionBy("id").orderBy("seq", "n")
    mentions = (
        new["mentions"].withColumn("_rank", F.row_number().over(first)).where("_rank = 1").drop("_rank")
    )
    if stored["mentions"] is not None:
        mentions = mentions.join(stored["mentions"].select("id"), "id", "left_anti")
    # Read several times by the merge: kept, not recomputed from the coded rows each time.
    mentions = mentions.persist()
    events_before = stored["events"]
    if events_before is None:
        events_before = spark.createDataFrame([], spark_schema("events"))
    top = events_before.agg(F.max("id")).first()[0]
    linked, founded = merge.merge(spark, mentions, events_before, (top or 0) + 1, now, window_days)
    linked, founded = linked.persist(), founded.persist()
    # The store's mention columns, and ``n`` so that ``newsevents db import`` reads the output too.
    store_mentions = [*spark_schema("mentions").fieldNames(), "n"]
    frames = {}
    for table in TABLES:
        if table == "events":
            continue
        fresh = linked.select(*store_mentions) if table == "mentions" else new[table]
        frames[table] = fresh if stored[table] is None else stored[table].unionByName(fresh)
    frames["rejections"] = frames["rejections"].dropDuplicates(["key"])
    events = events_before.unionByName(founded)
    frames["events"] = merge.with_counts(spark, events, frames["mentions"])
    return frames, founded.count()


def _write(spark: Any, out: str, frames: dict[str, Any]) -> None:
    """Write every table to a staging folder, then swap each in place of the old dataset."""
    from pyspark.sql import functions as F

    staging = f"{out}/_staging-{uuid.uuid4().hex[:12]}"
    for table, frame in frames.items():
        column = PARTITION_DATE.get(table)
        writer = frame
        if column is not None:
            writer = frame.withColumn("year", F.coalesce(F.year(column), F.lit(0))).withColumn(
                "month", F.coalesce(F.month(column), F.lit(0))
            )
        w = writer.write.mode("overwrite")
        if column is not None:
            w = w.partitionBy("year", "month")
        w.parquet(f"{staging}/{table}")
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    root = jvm.org.apache.hadoop.fs.Path(out)
    fs = root.getFileSystem(conf)
    for table in frames:
        target = jvm.org.apache.hadoop.fs.Path(f"{out}/{table}")
        if fs.exists(target):
            fs.delete(target, True)
        fs.rename(jvm.org.apache.hadoop.fs.Path(f"{staging}/{table}"), target)
    fs.delete(jvm.org.apache.hadoop.fs.Path(staging), True)


__all__ = ["MERGE_COLUMNS", "SparkStats", "run", "session"]
