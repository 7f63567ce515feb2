"""Idempotent, crash-safe ingestion: articles in, analysed in worker processes, one writer commits.

The flow of ``ingest_items``::

    items ──> chunks of ``batch_size`` new articles ──> workers: analyze + tone ──> writer: one transaction
              (already stored ids / content hashes                                  per chunk, in input order
               dropped here, before any work)

* **Idempotent.** An article whose id is already stored is skipped before analysis; its text again under
  another id is another outlet's syndicated copy (kept, ``duplicate_of`` set) or, from the same outlet or
  none, a ``duplicate`` rejection (``ingest.dedup.ExactCopies``). Re-running a finished ingest changes
  nothing.
* **Crash-safe.** Each chunk (its articles, mentions, actors, places, quotes, the events they create and
  the counts they update, plus the rejections read since the last chunk) is one DuckDB transaction. A
  ``kill -9`` loses at most the chunks not yet committed; re-running the same command skips what was
  committed and, since chunks commit in input order and deduplication depends only on that order
  (``dedup``), ends in the same state as a run that was never interrupted.
* **One writer.** Workers only analyse (the pure per-article step, ``Pipeline.load`` once per worker
  process); the calling process is the only one that touches the file.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import itertools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from newsevents.errors import StoreError
from newsevents.records import Article, ArticleResult, Rejection
from newsevents.store import dedup
from newsevents.store.commit import commit_batch, stored_articles
from newsevents.store.database import Database
from newsevents.tone import Tone, score


class Analyzer(Protocol):
    """What ingestion needs of a pipeline: ``newsevents.pipeline.Pipeline`` fits."""

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int = 32
    ) -> Iterator[ArticleResult | Rejection]: ...


AnalyzerFactory = Callable[[], Analyzer]


@dataclass(frozen=True, slots=True)
class IngestStats:
    """What one ingest run did. ``skipped``: articles already in the store (same id or content hash)."""

    read: int
    added: int
    skipped: int
    rejected: int
    mentions: int
    new_events: int
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.added / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True, slots=True)
class Analyzed:
    """A worker's answer for one article: the pipeline's result and the tones the store keeps."""

    result: ArticleResult
    doc_tone: Tone
    mention_tones: tuple[float, ...]


def load_pipeline(model: str | None = None, actor_files: Sequence[str] = ()) -> Analyzer:
    """The default analyzer: ``newsevents.pipeline.Pipeline.load`` (spaCy and dictionaries, once)."""
    from newsevents.pipeline import Pipeline

    pipeline: Analyzer = Pipeline.load(model=model, actor_files=tuple(actor_files))
    return pipeline


def analyze_with_tone(
    analyzer: Analyzer, articles: Sequence[Article], batch_size: int = 32
) -> list[Analyzed | Rejection]:
    """Run ``analyzer`` over ``articles`` and score the tones: the per-article work of a worker."""
    out: list[Analyzed | Rejection] = []
    for item in analyzer.analyze(articles, batch_size=batch_size):
        if isinstance(item, Rejection):
            out.append(item)
        else:
            out.append(with_tone(item))
    return out


def with_tone(result: ArticleResult) -> Analyzed:
    """Attach the article's tone and each event's evidence-sentence tone to ``result``."""
    return Analyzed(
        result, score(result.article.text), tuple(score(e.evidence.sentence).tone for e in result.events)
    )


# Worker processes keep their analyzer here: loaded once by the pool's initializer, read-only afterwards.
_WORKER: dict[str, Analyzer] = {}


def _init_worker(factory: AnalyzerFactory, parent: int | None = None) -> None:
    if parent is not None:
        _watch_parent(parent)
    _WORKER["analyzer"] = factory()


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """End this worker when the ingest process that started it is gone (a ``kill -9`` leaves no pool
    behind to stop it: its workers, 600 MB each, would otherwise wait for tasks forever). An orphan is
    re-parented, so a changed parent pid is the sign; polling works on every platform, unlike Linux's
    parent-death signal, which also fires when the thread that spawned the worker ends."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(70)

    threading.Thread(target=watch, name="newsevents-parent-watch", daemon=True).start()


def _work(articles: list[Article], batch_size: int) -> list[Analyzed | Rejection]:
    return analyze_with_tone(_WORKER["analyzer"], articles, batch_size)


@dataclass(slots=True)
class _Counters:
    read: int = 0
    added: int = 0
    skipped: int = 0
    rejected: int = 0
    mentions: int = 0
    new_events: int = 0
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
        )


# -- the driver ----------------------------------------------------------------------------------------


def _as_database(db: str | Path | Database) -> Database:
    return db if isinstance(db, Database) else Database(db)


def _chunks(
    items: Iterable[Article | Rejection], database: Database, batch_size: int, counters: _Counters
) -> Iterator[tuple[list[Article], list[Rejection]]]:
    """New articles in chunks (already stored or repeated ones dropped), with the rejections read."""
    seen_ids: set[str] = set()
    from newsevents.ingest.dedup import ExactCopies

    seen_texts = ExactCopies()
    chunk: list[Article] = []
    rejections: list[Rejection] = []

    def flush() -> Iterator[tuple[list[Article], list[Rejection]]]:
        nonlocal chunk, rejections
        if chunk:
            with database.read() as con:
                known_ids, texts = stored_articles(con, chunk)
            keep = []
            for art in chunk:
                checked = art if art.id in known_ids else texts.check(art)
                if art.id in known_ids:
                    counters.skipped += 1
                elif isinstance(checked, Rejection):
                    rejections.append(checked)
                else:
                    keep.append(checked)
            chunk = keep
        if chunk or rejections:
            yield chunk, rejections
        chunk, rejections = [], []

    for item in items:
        counters.read += 1
        if isinstance(item, Rejection):
            rejections.append(item)
            continue
        if item.id in seen_ids:
            counters.skipped += 1
            continue
        checked = seen_texts.check(item)
        if isinstance(checked, Rejection):
            rejections.append(checked)
            continue
        seen_ids.add(item.id)
        chunk.append(checked)
        if len(chunk) >= batch_size:
            yield from flush()
    yield from flush()


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
    """Analyse ``items`` (articles and read rejections) and store them in the store ``db``.

    ``analyzer`` is a picklable zero-argument factory returning an object with
    ``analyze(items, batch_size)`` (default: ``load_pipeline``, the real pipeline); with ``workers`` > 1
    each worker process calls it once. ``batch_size`` articles make one transaction. ``progress`` is
    called with the running totals after each commit; ``on_rejection`` with each article the analyzer
    rejected (not English, no text left, a coder error), as it is committed. Creates the store if it
    does not exist.
    """
    database = _as_database(db)
    factory = analyzer or load_pipeline
    counters = _Counters()

    def commit(results: list[Analyzed | Rejection], rejections: list[Rejection]) -> None:
        added, mentions, new_events, rejected = commit_batch(
            database, results, rejections, window_days=window_days
        )
        counters.added += added
        counters.mentions += mentions
        counters.new_events += new_events
        counters.rejected += rejected
        if on_rejection is not None:
            for item in results:
                found = item if isinstance(item, Rejection) else item.result.rejection
                if found is not None:
                    on_rejection(found)
        if progress is not None:
            progress(counters.freeze())

    # The writer must exist before the first read: it creates (or checks) the schema.
    with database.write():
        pass
    chunks = _chunks(items, database, batch_size, counters)
    if workers <= 1:
        local: list[Analyzer] = []  # loaded on the first new article: a finished job re-runs for free
        for articles, rejections in chunks:
            if articles and not local:
                local.append(factory())
            commit(analyze_with_tone(local[0], articles, batch_size) if articles else [], rejections)
        return counters.freeze()

    # spawn, not fork: the parent holds DuckDB's threads, which a fork would copy mid-state.
    context = multiprocessing.get_context("spawn")
    first = next(chunks, None)
    while first is not None and not first[0]:
        # nothing to analyse yet (everything stored already): no worker is started for it
        commit([], first[1])
        first = next(chunks, None)
    if first is None:
        return counters.freeze()
    try:
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(factory, os.getpid())
        ) as pool:
            pending: collections.deque[
                tuple[concurrent.futures.Future[list[Analyzed | Rejection]] | None, list[Rejection]]
            ] = collections.deque()
            for articles, rejections in itertools.chain([first], chunks):
                future = pool.submit(_work, articles, batch_size) if articles else None
                pending.append((future, rejections))
                # Bounded look-ahead keeps memory flat; results are committed in input order.
                while len(pending) > 2 * workers:
                    done, rejected = pending.popleft()
                    commit(done.result() if done else [], rejected)
            while pending:
                done, rejected = pending.popleft()
                commit(done.result() if done else [], rejected)
    except concurrent.futures.process.BrokenProcessPool as exc:
        stats = counters.freeze()
        raise StoreError(
            f"ingest stopped: a worker process died ({exc}); the {stats.added} articles committed so far "
            "are kept, run the same command again to continue"
        ) from exc
    return counters.freeze()


def ingest_results(
    results: Iterable[ArticleResult | Rejection],
    db: str | Path | Database,
    *,
    batch_size: int = 256,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
) -> IngestStats:
    """Store already analysed results (from ``Pipeline.analyze`` or elsewhere), idempotently."""
    database = _as_database(db)
    counters = _Counters()
    batch: list[Analyzed | Rejection] = []

    def commit() -> None:
        added, mentions, new_events, rejected = commit_batch(database, batch, window_days=window_days)
        counters.added += added
        counters.mentions += mentions
        counters.new_events += new_events
        counters.rejected += rejected
        counters.skipped += sum(isinstance(b, Analyzed) for b in batch) - added
        batch.clear()

    for item in results:
        counters.read += 1
        batch.append(item if isinstance(item, Rejection) else with_tone(item))
        if len(batch) >= batch_size:
            commit()
    if batch:
        commit()
    return counters.freeze()


def ingest_paths(
    paths: Sequence[str | Path],
    db: str | Path | Database,
    *,
    workers: int = 1,
    published: str | None = None,
    model: str | None = None,
    actor_files: Sequence[str] = (),
    batch_size: int = 32,
    progress: Callable[[IngestStats], None] | None = None,
    analyzer: AnalyzerFactory | None = None,
) -> IngestStats:
    """``newsevents ingest``: read ``paths`` (files, directories, ``-``), analyse, store in ``db``.

    ``published`` is the reference date for inputs that carry none; ``model`` and ``actor_files`` go to
    ``Pipeline.load``; ``analyzer`` replaces the pipeline (tests, custom coders). Re-running the same
    command after it finished or after it was killed completes the job and changes nothing else.
    """
    from newsevents.ingest import read

    factory = analyzer or functools.partial(load_pipeline, model, tuple(actor_files))
    items = read([str(p) for p in paths], published=published)
    return ingest_items(
        items, db, workers=workers, analyzer=factory, batch_size=batch_size, progress=progress
    )


__all__ = [
    "Analyzed",
    "Analyzer",
    "AnalyzerFactory",
    "IngestStats",
    "analyze_with_tone",
    "commit_batch",
    "ingest_items",
    "ingest_paths",
    "ingest_results",
    "load_pipeline",
    "with_tone",
]
