"""The bulk-load layout: per-article results as Parquet, what ``newsevents db import DIR`` loads.

Written by ``bulk.write_results`` (and by any job that imports this module, such as a Spark run), read by
``bulk.import_dir``::

    DIR/articles/year=2019/month=6/*.parquet     one row per article            (ARTICLE columns)
    DIR/mentions/year=2019/month=6/*.parquet     one row per coded event record (MENTION columns)
    DIR/actors/..., DIR/places/..., DIR/quotes/..., DIR/rejections/...   optional, same partitioning

Every table is hive-partitioned by the year and month of its article's publication (``year=0/month=0``
when the article has none; rejections without an article there too). The partition columns are not
stored columns: the import drops them. Columns carry the store's names and types (``schema``; a test
holds the two together), less what the import derives or stamps: ``mentions.event_id`` (the merge
decides it), ``ingested_at`` (the time of the import). One column is the layout's own: ``mentions.n``,
the record's position in its article, which with the articles' order (``ORDER``) fixes the order in
which mentions merge, so that an import is deterministic and equals the per-article ingest of the same
results in that order. Events are not in the layout: they are derived by the merge.
"""

from __future__ import annotations

from typing import Final

import pyarrow as pa

_ACTOR: Final = ("text", "name", "country", "role", "code")
_EVENT_FIELDS: Final = (
    *((f"actor1_{f}", "VARCHAR") for f in _ACTOR),
    *((f"actor2_{f}", "VARCHAR") for f in _ACTOR),
    ("cameo", "VARCHAR"),
    ("base_code", "VARCHAR"),
    ("root", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("plover_type", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("plover_context", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("place_name", "VARCHAR"),
    ("place_country", "VARCHAR"),
    ("place_admin1", "VARCHAR"),
    ("place_lat", "DOUBLE"),
    ("place_lon", "DOUBLE"),
    ("place_geonames_id", "BIGINT"),
)

# table -> ((column, DuckDB type), ...): the layout's one declaration.
COLUMNS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "articles": (
        ("id", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"), ("published", "VARCHAR"),
        ("published_date", "DATE"), ("source", "VARCHAR"), ("language", "VARCHAR"),
        ("authors", "VARCHAR[]"), ("translator", "VARCHAR"), ("photo_credits", "VARCHAR[]"),
        ("captions", "VARCHAR[]"), ("republished_from", "VARCHAR"), ("duplicate_of", "VARCHAR"),
        ("origin", "VARCHAR"), ("text", "VARCHAR"), ("content_hash", "VARCHAR"), ("words", "INTEGER"),
        ("tone", "DOUBLE"), ("positive", "DOUBLE"), ("negative", "DOUBLE"), ("num_events", "INTEGER"),
        ("rejection", "VARCHAR"),
    ),
    "mentions": (
        ("id", "VARCHAR"), ("article_id", "VARCHAR"), ("n", "INTEGER"), ("date", "DATE"),
        ("date_precision", "VARCHAR"), *_EVENT_FIELDS, ("sentence", "VARCHAR"),
        ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"), ("trigger", "VARCHAR"),
        ("rule", "VARCHAR"), ("steps", "VARCHAR[]"), ("confidence", "DOUBLE"), ("tone", "DOUBLE"),
        ("doc_tone", "DOUBLE"), ("source", "VARCHAR"), ("syndicated", "BOOLEAN"), ("in_lead", "BOOLEAN"),
        ("published_date", "DATE"),
    ),
    "actors": (
        ("article_id", "VARCHAR"), ("n", "INTEGER"),
        *((f, "VARCHAR") for f in _ACTOR),
    ),
    "places": (
        ("article_id", "VARCHAR"), ("n", "INTEGER"), ("name", "VARCHAR"), ("country", "VARCHAR"),
        ("admin1", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("geonames_id", "BIGINT"),
    ),
    "quotes": (
        ("article_id", "VARCHAR"), ("n", "INTEGER"),
        *((f"speaker_{f}", "VARCHAR") for f in _ACTOR),
        ("quote", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("verb", "VARCHAR"),
    ),
    "rejections": (
        ("key", "VARCHAR"), ("origin", "VARCHAR"), ("reason", "VARCHAR"), ("detail", "VARCHAR"),
        ("article_id", "VARCHAR"),
    ),
}  # fmt: skip

# Tables an import needs; the others are loaded when present.
REQUIRED: Final = ("articles", "mentions")

# Hive partition columns (not stored): the article's publication year and month, 0 when undated.
PARTITIONS: Final = ("year", "month")

# The order in which articles are taken (and mentions, by their article, then ``n``): earlier reports
# create events, later ones merge into them; of two copies of one text, the first is kept.
ORDER: Final = "published_date NULLS LAST, id"

_ARROW = {
    "VARCHAR": pa.string(),
    "DATE": pa.date32(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "TINYINT": pa.int8(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "VARCHAR[]": pa.list_(pa.string()),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one table of the layout, partition columns included (``year``, ``month``)."""
    fields = [pa.field(name, _ARROW[kind]) for name, kind in COLUMNS[table]]
    return pa.schema([*fields, *(pa.field(p, pa.int32()) for p in PARTITIONS)])


__all__ = ["COLUMNS", "ORDER", "PARTITIONS", "REQUIRED", "arrow_schema"]
