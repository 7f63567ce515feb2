"""The store's tables as Spark schemas: column names and types come from the DuckDB schema itself.

The Spark job writes Parquet datasets that DuckDB reads back as the store's own tables, so the columns
are not declared twice: the store's migrations run in an in-memory DuckDB and its catalogue is mapped to
Spark types (``TIMESTAMP`` without zone is Spark's ``TimestampNTZType``, ``VARCHAR[]`` an array).
"""

from __future__ import annotations

import functools
from typing import Any

from newsevents.store.schema import MIGRATIONS

TABLES = ("articles", "mentions", "events", "actors", "places", "quotes", "rejections")


@functools.cache
def store_columns(table: str) -> tuple[tuple[str, str], ...]:
    """``(name, DuckDB type)`` of ``table``'s columns in the store, in order."""
    import duckdb

    con = duckdb.connect()
    try:
        for migration in MIGRATIONS:
            for statement in migration:
                con.execute(statement)
        rows = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
    finally:
        con.close()
    if not rows:
        raise KeyError(f"the store has no table {table!r}")
    return tuple((str(name), str(kind)) for name, kind in rows)


def _spark_type(duck: str) -> Any:
    from pyspark.sql import types as T

    if duck.endswith("[]"):
        return T.ArrayType(_spark_type(duck[:-2]))
    simple = {
        "VARCHAR": T.StringType(),
        "BIGINT": T.LongType(),
        "INTEGER": T.IntegerType(),
        "TINYINT": T.ByteType(),
        "DOUBLE": T.DoubleType(),
        "BOOLEAN": T.BooleanType(),
        "DATE": T.DateType(),
        "TIMESTAMP": T.TimestampNTZType(),
    }
    if duck not in simple:
        raise TypeError(f"no Spark type for the store's DuckDB type {duck}")
    return simple[duck]


def spark_schema(table: str, extra: tuple[tuple[str, str], ...] = ()) -> Any:
    """The Spark ``StructType`` of ``table`` (plus ``extra`` columns, given as DuckDB types)."""
    from pyspark.sql import types as T

    return T.StructType(
        [T.StructField(name, _spark_type(kind), True) for name, kind in (*store_columns(table), *extra)]
    )


def as_tuple(table: str, row: dict[str, Any], extra: tuple[str, ...] = ()) -> tuple[Any, ...]:
    """A row dict in the column order of ``spark_schema(table, extra)``; missing columns are null."""
    return tuple(row.get(name) for name, _ in store_columns(table)) + tuple(row.get(name) for name in extra)
