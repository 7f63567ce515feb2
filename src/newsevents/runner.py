"""One runner for every way of coding articles: the CLI's ``analyze`` and ``ingest``, ``Store.ingest``,
scripts and Spark.

    >>> import newsevents
    >>> for item in newsevents.run(["articles/"], workers=2):
    ...     if isinstance(item, newsevents.Rejection):
    ...         print(item.message())
    ...     else:
    ...         print(item.article.id, len(item.events), item.doc_tone.tone)

``run`` does the same steps, in the same order, whoever calls it:

1. **read** paths (files, directories, ``-``) with ``newsevents.ingest.read`` (settings ``published``,
   ``fetch``, ``allow_private``); ``Article`` and ``Rejection`` objects pass as they are;
2. **deduplicate**: an exact copy of an earlier text becomes a ``duplicate`` rejection; a near copy (a
   syndicated story) keeps ``duplicate_of`` (settings ``near_duplicates``, ``duplicate_threshold``);
3. **chunk** the stream into ``batch_size`` articles; a caller's ``exclude`` (the store's "already stored")
   may drop or reject articles of a chunk before any work is spent on them;
4. **analyse** each chunk with ``Pipeline.load(settings=settings)`` (``min_confidence``, ``actor_files``,
   ``pattern_files``, ``model``) and score tones, on ``workers`` processes (``newsevents.analysis``);
5. **yield** ``Analyzed`` results and ``Rejection`` values in input order, calling ``on_rejection`` with
   every rejection and ``progress`` with the running counts.

``ingest`` is ``run`` followed by the store's ``ingest_results``: the store itself never reads a file or
loads a pipeline.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.analysis import Analyzed, Analyzer, AnalyzerFactory, Chunk, analyze_chunks
from newsevents.config import Settings, load_settings, worker_count
from newsevents.errors import ConfigError, StoreError, WorkerError
from newsevents.records import Article, Rejection

if TYPE_CHECKING:
    from newsevents.ingest.dedup import Deduplicator
    from newsevents.store.database import Database
    from newsevents.store.ingest import IngestStats

Input = str | os.PathLike[str] | Article | Rejection
# For a chunk of articles, what to do with each: keep it (the article, possibly changed), reject it (a
# Rejection) or drop it silently (None: done already, e.g. stored by an earlier run).
Exclude = Callable[[Sequence[Article]], Sequence[Article | Rejection | None]]

# A chunk also closes at this many times batch_size records, so that a long run of bad inputs is
# reported as it is read.
_MAX_CHUNK_RECORDS = 8


@dataclass(frozen=True, slots=True)
class RunStats:
    """Running counts of a run: records ``read`` (articles and read rejections), ``analyzed`` (articles
    that reached the coder), ``rejected`` (rejections yielded) and ``skipped`` (the same article read
    again, or dropped by ``exclude``: neither is yielded)."""

    read: int = 0
    analyzed: int = 0
    rejected: int = 0
    skipped: int = 0


def load_pipeline(settings: Settings) -> Analyzer:
    """The default analyzer: ``Pipeline.load(settings=settings)`` (picklable with ``functools.partial``)."""
    from newsevents import heap

    with heap.loading():  # spaCy and the resources: millions of long-lived objects (see newsevents.heap)
        from newsevents.pipeline import Pipeline

        pipeline: Analyzer = Pipeline.load(settings=settings)
    heap.coding()  # (the young generation collected every few articles, not every article: newsevents.heap)
    return pipeline


def run(
    inputs: Iterable[Input] | Input,
    settings: Settings | None = None,
    *,
    workers: int | None = None,
    analyzer: AnalyzerFactory | None = None,
    exclude: Exclude | None = None,
    on_rejection: Callable[[Rejection], object] | None = None,
    progress: Callable[[RunStats], object] | None = None,
    deduplicator: Deduplicator | None = None,
) -> Iterator[Analyzed | Rejection]:
    """Read, deduplicate and analyse ``inputs``; yield an ``Analyzed`` result or a ``Rejection`` for each
    record, in input order (the module docstring lists the steps).

    ``inputs``: paths (files, directories, ``-``) and/or ``Article``/``Rejection`` objects. ``settings``:
    the run's ``Settings`` (default: ``load_settings()``, i.e. defaults and ``NEWSEVENTS_*`` variables).
    ``workers``: analysis processes (default ``settings.workers``; 0 means every available core); the
    results are identical whatever the number. ``deduplicator``: the copy checker to use, already
    holding earlier articles (``watch`` seeds one from the store's signatures); default: a new one.
    ``analyzer``: a picklable factory that replaces the pipeline (tests, custom coders). ``exclude``: see
    ``Exclude``. Bad settings raise ``ConfigError`` here, before anything is read; a worker process that
    dies raises ``WorkerError`` from the iterator.

    Worker processes are spawned (not forked), so a script that runs with more than one worker needs
    Python's usual ``if __name__ == "__main__":`` guard around its top-level code.
    """
    settings = settings if settings is not None else load_settings()
    count = worker_count(settings, workers)
    _check_published(settings.published)
    factory = analyzer or functools.partial(load_pipeline, settings)
    items = _deduplicated(_records(inputs, settings), settings, deduplicator)
    chunks = _chunks(items, settings.batch_size, exclude)
    return _yield(chunks, factory, count, settings.batch_size, on_rejection, progress)


def _check_published(published: str | None) -> None:
    if published is None:
        return
    from newsevents.ingest.text import normalize_date

    if normalize_date(published) is None:
        raise ConfigError(
            f"setting 'published' (--published) must be a date like 2019-06-30, not {published!r}"
        )


def _records(inputs: Iterable[Input] | Input, settings: Settings) -> Iterator[Article | Rejection]:
    """Articles and read rejections, in input order; consecutive paths are read as one ``read`` call."""
    if isinstance(inputs, str | os.PathLike | Article | Rejection):
        inputs = [inputs]
    paths: list[str] = []
    for item in inputs:
        if isinstance(item, Article | Rejection):
            yield from _read(paths, settings)
            paths = []
            yield item
        else:
            paths.append(os.fspath(item))
    yield from _read(paths, settings)


def _read(paths: list[str], settings: Settings) -> Iterator[Article | Rejection]:
    if not paths:
        return
    from newsevents.ingest import read
    from newsevents.ingest.fetch import FetchSettings

    fetching = FetchSettings(allow_private=settings.allow_private)
    yield from read(paths, published=settings.published, fetch=settings.fetch, settings=fetching)


def _deduplicated(
    items: Iterable[Article | Rejection], settings: Settings, checker: Deduplicator | None = None
) -> Iterator[Article | Rejection | None]:
    """Exact copies rejected, near copies marked; the same article read twice (same id, same text) is
    ``None``: skipped, as a repeat is not a copy."""
    from newsevents.ingest.dedup import deduplicator

    if checker is None:
        checker = deduplicator(settings.near_duplicates, settings.duplicate_threshold)
    seen: set[tuple[str, str]] = set()
    for item in items:
        if isinstance(item, Rejection):
            yield item
            continue
        key = (item.id, item.content_hash)
        if key in seen:
            yield None
            continue
        seen.add(key)
        yield checker.check(item)


@dataclass(slots=True)
class _Chunk:
    records: Chunk
    read: int  # records read into it, dropped ones included
    skipped: int


def _chunks(
    items: Iterable[Article | Rejection | None], size: int, exclude: Exclude | None
) -> Iterator[_Chunk]:
    records: Chunk = []
    articles = repeats = 0
    for item in items:
        if item is None:
            repeats += 1
            continue
        records.append(item)
        articles += isinstance(item, Article)
        if articles >= size or len(records) >= size * _MAX_CHUNK_RECORDS:
            yield _excluded(records, repeats, exclude)
            records, articles, repeats = [], 0, 0
    if records or repeats:
        yield _excluded(records, repeats, exclude)


def _excluded(records: Chunk, repeats: int, exclude: Exclude | None) -> _Chunk:
    if exclude is None:
        return _Chunk(records, len(records) + repeats, repeats)
    articles = [r for r in records if isinstance(r, Article)]
    verdicts = iter(exclude(articles))
    kept: Chunk = []
    for record in records:
        verdict = next(verdicts) if isinstance(record, Article) else record
        if verdict is not None:
            kept.append(verdict)
    return _Chunk(kept, len(records) + repeats, len(records) - len(kept) + repeats)


def _yield(
    chunks: Iterator[_Chunk],
    factory: AnalyzerFactory,
    workers: int,
    batch_size: int,
    on_rejection: Callable[[Rejection], object] | None,
    progress: Callable[[RunStats], object] | None,
) -> Iterator[Analyzed | Rejection]:
    # The chunks are read (and counted) ahead of their results, in the order analyze_chunks takes them.
    counted: list[_Chunk] = []

    def records() -> Iterator[Chunk]:
        for chunk in chunks:
            counted.append(chunk)
            yield chunk.records

    stats = RunStats()
    for results in analyze_chunks(records(), factory, workers=workers, batch_size=batch_size):
        chunk = counted.pop(0)
        stats = dataclasses.replace(
            stats, read=stats.read + chunk.read, skipped=stats.skipped + chunk.skipped
        )
        for item in results:
            found = item if isinstance(item, Rejection) else item.rejection
            stats = dataclasses.replace(
                stats,
                analyzed=stats.analyzed + isinstance(item, Analyzed),
                rejected=stats.rejected + (found is not None),
            )
            if found is not None and on_rejection is not None:
                on_rejection(found)
            if progress is not None:
                progress(stats)
            yield item
        if not results and progress is not None:
            progress(stats)


def ingest(
    inputs: Iterable[Input] | Input,
    db: str | Path | Database,
    settings: Settings | None = None,
    *,
    workers: int | None = None,
    analyzer: AnalyzerFactory | None = None,
    on_rejection: Callable[[Rejection], object] | None = None,
    progress: Callable[[IngestStats], object] | None = None,
    deduplicator: Deduplicator | None = None,
    **store_options: Any,
) -> IngestStats:
    """``run`` the inputs and store the results in the store ``db`` (``newsevents ingest``,
    ``Store.ingest``); returns what was done. Articles already stored (same id or same text) are
    dropped before analysis, so re-running a finished or killed ingest completes it and changes nothing
    else; with the setting ``revisions``, a stored id with another text is the article's next version
    (``newsevents.store.versions``). ``deduplicator``: as in ``run``. ``store_options`` go to the store's
    ``ingest_results`` (``window_days``, ``on_commit``)."""
    from newsevents.store.database import Database
    from newsevents.store.ingest import StoredFilter, ingest_results

    settings = settings if settings is not None else load_settings()
    database = db if isinstance(db, Database) else Database(db)
    with database.write():
        pass  # the writer creates (or checks) the schema before the first read
    latest = [RunStats()]

    def merged(stats: IngestStats) -> IngestStats:
        # The store counts what reached it; what was read or dropped before analysis is the run's.
        ran = latest[0]
        return dataclasses.replace(stats, read=ran.read, skipped=stats.skipped + ran.skipped)

    results = run(
        inputs,
        settings,
        workers=workers,
        analyzer=analyzer,
        exclude=StoredFilter(database, revisions=settings.revisions),
        on_rejection=on_rejection,
        progress=lambda stats: latest.__setitem__(0, stats),
        deduplicator=deduplicator,
    )
    report = (lambda stats: progress(merged(stats))) if progress is not None else None
    try:
        stored = ingest_results(
            results,
            database,
            batch_size=settings.batch_size,
            progress=report,
            revisions=settings.revisions,
            **store_options,
        )
    except WorkerError as exc:
        raise StoreError(
            f"ingest stopped: {exc}; the articles committed so far are kept, run the same command again "
            "to continue"
        ) from exc
    finally:
        if database is not db:
            database.close()  # opened here: closed here, also when the run stops with an error
    return merged(stored)


__all__ = ["Exclude", "RunStats", "ingest", "load_pipeline", "run"]
