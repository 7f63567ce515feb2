"""The analysis step of a run: chunks of articles in, ``Analyzed`` results out, in input order, on one core
or in worker processes.

``analyze_chunks`` runs in the calling process when there is one worker or one chunk (no process is
started for a single sentence); otherwise it starts ``workers`` spawned processes, each of which loads the
pipeline once, and hands them whole chunks. Results come back in the order the chunks went in, and a chunk
is coded the same way (the same spaCy batch) wherever it runs, so the output of N workers is identical to
the output of one.
"""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from newsevents.errors import WorkerError
from newsevents.records import Article, ArticleResult, Event, Rejection
from newsevents.tone import Tone, score


class Analyzer(Protocol):
    """What a run needs of a pipeline: ``newsevents.pipeline.Pipeline`` fits."""

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int = 32
    ) -> Iterator[ArticleResult | Rejection]: ...


# A picklable zero-argument callable returning an Analyzer; each worker process calls it once.
AnalyzerFactory = Callable[[], Analyzer]


@dataclass(frozen=True, slots=True)
class Analyzed:
    """One article's result and the tones the store keeps (scored beside the coder, in its process)."""

    result: ArticleResult
    doc_tone: Tone
    mention_tones: tuple[float, ...]

    @property
    def article(self) -> Article:
        return self.result.article

    @property
    def events(self) -> tuple[Event, ...]:
        return self.result.events

    @property
    def rejection(self) -> Rejection | None:
        """Why the coder set the article aside (not English, no text, a coder error), or None."""
        return self.result.rejection


def with_tone(result: ArticleResult) -> Analyzed:
    """Attach the article's tone and each event's evidence-sentence tone to ``result``."""
    return Analyzed(
        result, score(result.article.text), tuple(score(e.evidence.sentence).tone for e in result.events)
    )


def analyze_with_tone(
    analyzer: Analyzer, items: Sequence[Article | Rejection], batch_size: int = 32
) -> list[Analyzed | Rejection]:
    """Run ``analyzer`` over ``items`` and score the tones: the work of one chunk."""
    return [
        item if isinstance(item, Rejection) else with_tone(item)
        for item in analyzer.analyze(items, batch_size=batch_size)
    ]


Chunk = list[Article | Rejection]


def analyze_chunks(
    chunks: Iterable[Chunk], factory: AnalyzerFactory, *, workers: int = 1, batch_size: int = 32
) -> Iterator[list[Analyzed | Rejection]]:
    """The results of each chunk, chunk by chunk in input order. A chunk without articles passes through
    without touching a worker; the analyzer is made only when a first article arrives."""
    chunks = iter(chunks)
    # Read ahead until two chunks hold articles: one chunk's worth is coded here, without starting
    # processes that would each load the pipeline again.
    head: list[Chunk] = []
    for chunk in chunks:
        head.append(chunk)
        if sum(_has_articles(c) for c in head) >= 2:
            break
    everything = itertools.chain(head, chunks)
    if workers <= 1 or sum(_has_articles(c) for c in head) < 2:
        yield from _in_process(everything, factory, batch_size)
    else:
        yield from _in_pool(everything, factory, workers, batch_size)


def _has_articles(chunk: Chunk) -> bool:
    return any(isinstance(item, Article) for item in chunk)


def _in_process(
    chunks: Iterable[Chunk], factory: AnalyzerFactory, batch_size: int
) -> Iterator[list[Analyzed | Rejection]]:
    loaded: list[Analyzer] = []  # made on the first article: a run with nothing new loads nothing
    for chunk in chunks:
        if not _has_articles(chunk):
            yield list(_passed(chunk))
            continue
        if not loaded:
            loaded.append(factory())
        yield analyze_with_tone(loaded[0], chunk, batch_size)


def _passed(chunk: Chunk) -> Iterator[Rejection]:
    for item in chunk:
        assert isinstance(item, Rejection)
        yield item


def _in_pool(
    chunks: Iterable[Chunk], factory: AnalyzerFactory, workers: int, batch_size: int
) -> Iterator[list[Analyzed | Rejection]]:
    # spawn, not fork: the parent may hold DuckDB's or torch's threads, which a fork copies mid-state.
    context = multiprocessing.get_context("spawn")
    Pending = tuple[concurrent.futures.Future[list[Analyzed | Rejection]] | None, Chunk]
    try:
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(factory, os.getpid())
        ) as pool:
            pending: collections.deque[Pending] = collections.deque()
            try:
                for chunk in chunks:
                    future = pool.submit(_work, chunk, batch_size) if _has_articles(chunk) else None
                    pending.append((future, chunk))
                    # A bounded look-ahead keeps memory flat while every worker has a chunk queued.
                    while len(pending) > 2 * workers:
                        yield _result(*pending.popleft())
                while pending:
                    yield _result(*pending.popleft())
            finally:
                # A caller that stops early (an error while storing) does not wait for queued chunks.
                for future, _ in pending:
                    if future is not None:
                        future.cancel()
    except concurrent.futures.process.BrokenProcessPool as exc:
        raise WorkerError(f"an analysis worker process died ({exc})") from exc


def _result(
    future: concurrent.futures.Future[list[Analyzed | Rejection]] | None, chunk: Chunk
) -> list[Analyzed | Rejection]:
    return future.result() if future is not None else list(_passed(chunk))


# Worker processes keep their analyzer here: made once by the pool's initializer, read-only afterwards.
_WORKER: dict[str, Analyzer] = {}


# ... or the reason it could not be made (a bad model name), raised again with the first chunk, so that the
# caller sees the real error instead of a pool broken by a failed initializer.
_FAILED: list[Exception] = []


def _init_worker(factory: AnalyzerFactory, parent: int | None = None) -> None:
    if parent is not None:
        _watch_parent(parent)
    try:
        _WORKER["analyzer"] = factory()
    except Exception as exc:
        _FAILED.append(exc)


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """End this worker when the process that started it is gone (a ``kill -9`` leaves no pool behind to
    stop it: its workers, 600 MB each, would otherwise wait for tasks forever). An orphan is re-parented,
    so a changed parent pid is the sign; polling works on every platform, unlike Linux's parent-death
    signal, which also fires when the thread that spawned the worker ends."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(70)

    threading.Thread(target=watch, name="newsevents-parent-watch", daemon=True).start()


def _work(chunk: Chunk, batch_size: int) -> list[Analyzed | Rejection]:
    if _FAILED:
        raise _FAILED[0]
    return analyze_with_tone(_WORKER["analyzer"], chunk, batch_size)


__all__ = ["Analyzed", "Analyzer", "AnalyzerFactory", "analyze_chunks", "analyze_with_tone", "with_tone"]
