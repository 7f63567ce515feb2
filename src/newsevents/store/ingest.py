"""Idempotent, crash-safe storing of analysed results: one writer, one transaction per batch.

The store only stores: ``newsevents.runner`` reads the inputs, removes duplicates and analyses them (on
every core); this module commits what it yields. The flow of ``newsevents.runner.ingest``::

    runner: read ─> deduplicate ─> chunks ─> StoredFilter ─> workers: analyse + tone ─┐
                                   (already stored ids / content hashes dropped here,  │
                                    before any work)                                    v
    store:  ingest_results ─> commit_batch: one transaction per ``batch_size`` articles, in input order

* **Idempotent.** An article whose id or content hash is already stored is skipped before analysis; a
  second copy under another id becomes a ``duplicate`` rejection. Re-running a finished ingest changes
  nothing.
  With the setting ``revisions``, a stored id with another text is the article's next version instead
  (``versions``); the same text again is still skipped.
* **Crash-safe.** Each batch (its articles, mentions, actors, places, quotes, the events they create and
  the counts they update, plus the rejections read since the last batch) is one DuckDB transaction. A
  ``kill -9`` loses at most the batches not yet committed; re-running the same command skips what was
  committed and, since batches commit in input order and deduplication depends only on that order
  (``dedup``), ends in the same state as a run that was never interrupted.
* **One writer.** Workers only analyse; the calling process is the only one that touches the file.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.analysis import Analyzed, Analyzer, AnalyzerFactory, with_tone
from newsevents.records import Article, ArticleResult, Rejection
from newsevents.store import dedup
from newsevents.store.commit import commit as commit_analyzed
from newsevents.store.commit import commit_batch, stored_articles
from newsevents.store.database import Database
from newsevents.store.versions import stored_hashes


@dataclass(frozen=True, slots=True)
class IngestStats:
    """What one ingest run did. ``skipped``: articles already in the store (same id or content hash).
    ``revised``: of the ``added``, those that replaced a stored version (setting ``revisions``)."""

    read: int
    added: int
    skipped: int
    rejected: int
    mentions: int
    new_events: int
    seconds: float
    revised: int = 0

    @property
    def articles_per_second(self) -> float:
        return self.added / self.seconds if self.seconds > 0 else 0.0




@dataclass(slots=True)
class _Counters:
    read: int = 0
    added: int = 0
    skipped: int = 0
    rejected: int = 0
    mentions: int = 0
    new_events: int = 0
    revised: int = 0
    started: float = field(default_factory=time.perf_counter)

    def freeze(self) -> IngestStats:
        return IngestStats(
            self.read,
            self.added,
            self.skipped,
            self.rejected,
            self.mentions,
            self.new_events,
            round(time.perf_counter() - self.started, 3),
            self.revised,
        )




# -- the driver ----------------------------------------------------------------------------------------


def _as_database(db: str | Path | Database) -> Database:
    return db if isinstance(db, Database) else Database(db)


class StoredFilter:
    """The runner's ``exclude`` for a store: drops articles already stored (same id) or already given
    earlier in this run (same id, another text); a text the store holds is a syndicated copy
    (``duplicate_of``) when another outlet brings it, else a ``duplicate`` rejection (``ExactCopies``).
    With ``revisions``, a stored (or earlier) id with another text passes: it is the article's next
    version (``versions``); the same text again is still dropped. Reads the store through its indexes,
    one lookup per chunk (``commit.stored_articles``)."""

    def __init__(self, database: Database, *, revisions: bool = False) -> None:
        self.database = database
        self.revisions = revisions
        self._seen: dict[str, str] = {}  # id -> content hash given last in this run

    def __call__(self, articles: Sequence[Article]) -> list[Article | Rejection | None]:
        if not articles:
            return []
        with self.database.read() as con:
            known_ids, texts = stored_articles(con, articles)
            hashes = stored_hashes(con, sorted(known_ids)) if self.revisions and known_ids else {}
        out: list[Article | Rejection | None] = []
        for art in articles:
            if art.id in known_ids or art.id in self._seen:
                latest = self._seen.get(art.id, hashes.get(art.id))
                if not self.revisions or latest == art.content_hash:
                    out.append(None)
                    continue
            checked = texts.check(art)
            if isinstance(checked, Article):
                self._seen[art.id] = art.content_hash
            out.append(checked)
        return out


def ingest_results(
    results: Iterable[Analyzed | ArticleResult | Rejection],
    db: str | Path | Database,
    *,
    batch_size: int = 256,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
    progress: Callable[[IngestStats], object] | None = None,
    revisions: bool = False,
    on_commit: Callable[[Any, Sequence[Analyzed | Rejection]], object] | None = None,
) -> IngestStats:
    """Store analysed results (``newsevents.run``'s, ``Pipeline.analyze``'s or another coder's) and
    rejections, idempotently, one transaction per ``batch_size`` articles; ``progress`` is called with the
    running totals after each commit, ``on_commit`` inside each transaction (``commit``). ``revisions``: a
    stored id with another text replaces its stored version (``versions``) instead of being skipped.
    Creates the store if it does not exist."""
    database = _as_database(db)
    counters = _Counters()
    batch: list[Analyzed | Rejection] = []
    articles = 0

    def commit() -> None:
        done = commit_analyzed(
            database, batch, window_days=window_days, revisions=revisions, on_commit=on_commit
        )
        counters.added += done.articles
        counters.revised += done.revised
        counters.mentions += done.mentions
        counters.new_events += done.new_events
        counters.rejected += done.rejections
        counters.skipped += sum(isinstance(b, Analyzed) for b in batch) - done.articles
        batch.clear()
        if progress is not None:
            progress(counters.freeze())

    for item in results:
        counters.read += 1
        batch.append(with_tone(item) if isinstance(item, ArticleResult) else item)
        articles += not isinstance(item, Rejection)
        # Rejections ride along with the articles; a long run of them alone is committed too.
        if articles >= batch_size or len(batch) >= 8 * batch_size:
            commit()
            articles = 0
    if batch:
        commit()
    return counters.freeze()


def ingest_items(
    items: Iterable[Article | Rejection],
    db: str | Path | Database,
    *,
    workers: int = 1,
    analyzer: AnalyzerFactory | None = None,
    batch_size: int = 32,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
    progress: Callable[[IngestStats], None] | None = None,
    on_rejection: Callable[[Rejection], object] | None = None,
) -> IngestStats:
    """Analyse and store ``items``: ``newsevents.runner.ingest`` with the settings from the environment
    and ``batch_size`` (kept for existing callers; the runner is the one implementation)."""
    from newsevents.config import load_settings
    from newsevents.runner import ingest

    settings = load_settings(batch_size=batch_size)
    return ingest(
        items,
        db,
        settings,
        workers=workers,
        analyzer=analyzer,
        on_rejection=on_rejection,
        progress=progress,
        window_days=window_days,
    )


def ingest_paths(
    paths: Sequence[str | Path],
    db: str | Path | Database,
    *,
    workers: int = 1,
    published: str | None = None,
    model: str | None = None,
    actor_files: Sequence[str] = (),
    batch_size: int | None = None,
    progress: Callable[[IngestStats], None] | None = None,
    analyzer: AnalyzerFactory | None = None,
) -> IngestStats:
    """Read ``paths``, analyse and store in ``db``: ``newsevents.runner.ingest`` with these options over
    the settings from the environment (kept for existing callers; the runner is the one implementation)."""
    from newsevents.config import load_settings
    from newsevents.runner import ingest

    settings = load_settings(
        published=published, model=model, actor_files=tuple(actor_files) or None, batch_size=batch_size
    )
    return ingest(list(paths), db, settings, workers=workers, analyzer=analyzer, progress=progress)


__all__ = [
    "Analyzed",
    "Analyzer",
    "AnalyzerFactory",
    "IngestStats",
    "StoredFilter",
    "commit_batch",
    "ingest_items",
    "ingest_paths",
    "ingest_results",
    "with_tone",
]
