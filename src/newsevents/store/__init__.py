"""The event store: one DuckDB file of articles, deduplicated events, their mentions and exports.

``Store(path)`` is the Python API; the functions below are what the CLI commands call:

* ``ingest_results(results, db)``: store what ``newsevents.run`` (or another coder) yields; the store
  never reads files or loads a pipeline (``newsevents.runner.ingest`` does, then calls this);
  ``ingest_paths`` and ``ingest_items`` delegate to the runner, for existing callers;
* ``query_events(db, **filters)`` (``newsevents events``), ``query_mentions``, ``summary``;
* ``run_sql(db, query)`` (``newsevents sql``, read-only, no access outside the store);
* ``export(db, fmt, out, **filters)`` (``newsevents export``);
* ``upgrade(db)`` (``newsevents db upgrade``).

Modules: ``schema`` (versioned DDL and migrations), ``database`` (the class owning the file), ``ingest``,
``dedup`` (which event a mention reports), ``queries``, ``export``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from newsevents.records import Article, Rejection
from newsevents.store.database import Database
from newsevents.store.export import FORMATS, GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, export
from newsevents.store.ingest import (
    AnalyzerFactory,
    IngestStats,
    ingest_items,
    ingest_paths,
    ingest_results,
)
from newsevents.store.queries import (
    EVENT_COLUMNS,
    EventFilters,
    query_events,
    query_mentions,
    run_sql,
    summary,
)
from newsevents.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from newsevents.config import Settings


def upgrade(db: str | Path) -> tuple[int, int]:
    """``newsevents db upgrade``: migrate the store forward; returns (version before, version after).

    A missing file is created at the current version (before = 0). Each migration is one transaction.
    """
    database = Database(db)
    try:
        return database.upgrade()
    finally:
        database.close()


class Store:
    """A store file, for Python users: ``Store("newsevents.duckdb").events(country="PRK", root="04")``.

    Reads go through one read-only connection; ``ingest`` takes the file for writing while it runs (so
    no other process may have it open meanwhile: DuckDB allows one writer or many readers).
    """

    def __init__(self, path: str | Path = "newsevents.duckdb") -> None:
        self.path = Path(path)
        self._db = Database(self.path)

    def events(self, **filters: Any) -> pd.DataFrame:
        """Events matching ``filters`` (see ``EventFilters``), one row per real-world event."""
        return query_events(self._db, **filters)

    def mentions(self, event_id: int | None = None, **filters: Any) -> pd.DataFrame:
        """The mentions, with evidence, of one event or of the events matching ``filters``."""
        return query_mentions(self._db, event_id, **filters)

    def sql(self, query: str, *, allow_files: bool = False) -> pd.DataFrame:
        """Run a read-only SQL query on the store alone (``allow_files``: let it read other files too)."""
        self._db.close()
        return run_sql(self.path, query, allow_files=allow_files)

    def summary(self) -> dict[str, Any]:
        """Row counts and the event date range."""
        return summary(self._db)

    def export(self, fmt: str, out: str | Path, **filters: Any) -> int:
        """Export the matching events (``export.export``); returns the rows written."""
        return export(self._db, fmt, out, **filters)

    def ingest(
        self,
        inputs: Iterable[str | Path | Article | Rejection],
        settings: Settings | None = None,
        *,
        workers: int | None = None,
        analyzer: AnalyzerFactory | None = None,
        progress: Callable[[IngestStats], object] | None = None,
        on_rejection: Callable[[Rejection], object] | None = None,
        **options: Any,
    ) -> IngestStats:
        """Read, analyse and store ``inputs`` (paths or articles): ``newsevents.runner.ingest``, the same
        steps as ``newsevents ingest``. ``settings`` (default: ``load_settings()``) is the run's
        ``Settings``; ``options`` override single settings (``published="2019-07-01"``); ``workers``
        defaults to ``settings.workers`` (0: every core)."""
        from newsevents.config import load_settings
        from newsevents.runner import ingest

        settings = (settings or load_settings()).replace(**options)
        self._db.close()
        writer = Database(self.path)
        try:
            return ingest(
                inputs,
                writer,
                settings,
                workers=workers,
                analyzer=analyzer,
                progress=progress,
                on_rejection=on_rejection,
            )
        finally:
            writer.close()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "Database",
    "EVENT_COLUMNS",
    "EventFilters",
    "FORMATS",
    "GDELT_EVENT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "IngestStats",
    "SCHEMA_VERSION",
    "Store",
    "export",
    "ingest_items",
    "ingest_paths",
    "ingest_results",
    "query_events",
    "query_mentions",
    "run_sql",
    "summary",
    "upgrade",
]
