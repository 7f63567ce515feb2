"""The event store: one DuckDB file of articles, deduplicated events, their mentions and exports.

``Store(path)`` is the Python API; the functions below are what the CLI commands call:

* ``ingest_results(results, db)``: store what ``newsevents.run`` (or another coder) yields; the store
  never reads files or loads a pipeline (``newsevents.runner.ingest`` does, then calls this);
  ``ingest_paths`` and ``ingest_items`` delegate to the runner, for existing callers;
* ``query_events(db, **filters)`` (``newsevents events``), ``query_mentions``, ``query_quotes``
  (``newsevents quotes``), ``summary``; the filters are declared once in ``filters.FILTERS``;
* ``run_sql(db, query)`` (``newsevents sql``, read-only, no access outside the store);
* ``export(db, fmt, out, **filters)`` (``newsevents export``);
* ``upgrade(db)`` (``newsevents db upgrade``);
* ``bulk.import_dir(dir, db)`` (``newsevents db import``) and ``bulk.write_results(results, dir)``.

Modules: ``schema`` (versioned DDL and migrations), ``database`` (the class owning the file), ``ingest``
(the analyse-and-store driver), ``commit`` (one batch, one transaction), ``versions`` (an article stored
again with another text: setting ``revisions``), ``rows`` (an article's rows),
``dedup`` (which event a mention reports), ``merge`` (the bounded lookup and the assignment), ``layout``
and ``bulk`` (Parquet results in), ``filters`` (the filter declarations), ``queries``, ``browse`` (pages,
facets and records for the explorer and the API), ``stats`` (timelines, dyads, places), ``quotes``,
``export``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from newsevents.filters import EVENT_SORTS, FILTERS, make_filters
from newsevents.quote_filters import QUOTE_FILTERS
from newsevents.records import Article, Rejection
from newsevents.store import browse, stats
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
from newsevents.store.quotes import query_quotes
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

    def events(self, *, offset: int = 0, sort: str | None = None, **filters: Any) -> pd.DataFrame:
        """Events matching ``filters`` (``FILTERS``, and ``limit``), one row per real-world event, ordered by
        ``sort`` (``EVENT_SORTS``, e.g. ``"-goldstein"``), skipping ``offset`` rows."""
        return query_events(self._db, offset=offset, sort=sort, **filters)

    def quotes(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> pd.DataFrame:
        """Quotes matching ``filters`` (``QUOTE_FILTERS``: speaker, country, contains, source, since...)."""
        return query_quotes(self._db, limit=limit, offset=offset, **filters)

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event with every mention and its evidence (JSON-ready), or ``None``."""
        return browse.get_event(self._db, event_id)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text, mentions, actors, places, quotes and versions (JSON-ready), or
        ``None``."""
        return browse.get_article(self._db, article_id)

    def facets(self, size: int = 10, **filters: Any) -> dict[str, list[dict[str, Any]]]:
        """Counts of the matching events by QuadClass, root, country, role and outlet."""
        return browse.facets(self._db, make_filters(**filters), size)

    def actors(
        self, *, q: str | None = None, limit: int = 50, offset: int = 0, **filters: Any
    ) -> pd.DataFrame:
        """Actors of the matching events with how often each is source and target, busiest first."""
        _, found = browse.list_actors(self._db, make_filters(**filters), q=q, limit=limit, offset=offset)
        return pd.DataFrame(found)

    def timeline(self, interval: str = "auto", by: str = "quad", **filters: Any) -> list[dict[str, Any]]:
        """Dated matching events per ``interval`` (day/week/month/year/auto), split ``by`` quad or root."""
        spec = make_filters(**filters)
        chosen = stats.auto_interval(self._db, spec) if interval == "auto" else interval
        return stats.timeline(self._db, spec, chosen, by)

    def dyads(self, level: str = "country", limit: int = 20, **filters: Any) -> pd.DataFrame:
        """The most frequent (source, target) pairs of countries or actor codes, per QuadClass."""
        return pd.DataFrame(stats.dyads(self._db, make_filters(**filters), level=level, limit=limit))

    def places(self, limit: int = 500, **filters: Any) -> pd.DataFrame:
        """Geolocated places of the matching events with counts and their most frequent QuadClass."""
        return pd.DataFrame(stats.places(self._db, make_filters(**filters), limit))

    def totals(self, **filters: Any) -> dict[str, Any]:
        """Articles, events, mentions, outlets and the date range, of the matching events."""
        return stats.totals(self._db, make_filters(**filters))

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
    "EVENT_SORTS",
    "EventFilters",
    "FILTERS",
    "FORMATS",
    "GDELT_EVENT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "IngestStats",
    "QUOTE_FILTERS",
    "SCHEMA_VERSION",
    "Store",
    "export",
    "ingest_items",
    "ingest_paths",
    "ingest_results",
    "query_events",
    "query_mentions",
    "query_quotes",
    "run_sql",
    "summary",
    "upgrade",
]
