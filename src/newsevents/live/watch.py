"""``newsevents watch``: rounds of polling sources and ingesting what is new, until stopped.

Each round: expand the SOURCES (lists are read again), seed the copy checker from the store's recent
signatures, poll (``poll``), and hand the records to the one runner (``runner.ingest``: the same
deduplication against the store, analysis and settings as ``newsevents ingest``), whose commits also
write what the round has seen (``state.Ledger``). A last transaction marks what the runner dropped and
saves the feeds' validators; then the GDELT-style update files are written when asked (``--updates``).

Stopping (``stop`` set, e.g. by SIGINT/SIGTERM through ``signals``) ends the reading at the next record;
the records in hand are analysed and committed, and the process exits with the store consistent.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsevents.analysis import Analyzer, AnalyzerFactory
from newsevents.config import Settings, load_settings
from newsevents.errors import ConfigError
from newsevents.ingest.fetch import FetchSettings
from newsevents.live import state
from newsevents.live.polite import Polite
from newsevents.live.poll import Poll
from newsevents.live.sources import expand
from newsevents.records import Rejection
from newsevents.store.database import Database


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """How ``watch`` runs: ``every`` seconds between round starts; ``once``: one round only; ``delay``:
    seconds between two requests to one host; ``timeout``: seconds per URL (connect, read, redirects,
    retries); ``retries`` of a failed request within a round; ``concurrency``: requests in flight;
    ``signature_days``: how far back near copies are looked for; ``updates``: the folder of GDELT-style
    update files (None: none written); ``workers``: analysis processes."""

    every: float = 900.0
    once: bool = False
    delay: float = 1.0
    timeout: float = 60.0
    retries: int = 2
    concurrency: int = 4
    signature_days: int = 7
    updates: str | None = None
    workers: int = 1


@dataclass(frozen=True, slots=True)
class RoundStats:
    """What one round did (the progress line says it)."""

    number: int
    feeds: int
    not_modified: int
    failed: int
    pages: int
    files: int
    added: int
    rejected: int
    new_events: int
    seconds: float
    complete: bool

    def line(self) -> str:
        """The round's progress line."""
        stopped = "" if self.complete else " (stopped early; the rest next time)"
        return (
            f"round {self.number}: feeds {self.feeds} ({self.not_modified} unchanged, {self.failed} failed), "
            f"pages {self.pages}, files {self.files}; added {self.added} articles, {self.new_events} new "
            f"events, {self.rejected} rejected in {self.seconds:.1f} s{stopped}"
        )


@functools.cache
def _pipeline(settings: Settings) -> Analyzer:
    """The pipeline of ``settings``, loaded once per process: rounds after the first pay nothing."""
    from newsevents.runner import load_pipeline

    return load_pipeline(settings)


def fetch_settings(settings: Settings, options: WatchOptions) -> FetchSettings:
    """The fetcher's caps for a watch: the defaults with the options' time, retries and concurrency."""
    defaults = FetchSettings()
    return FetchSettings(
        total_timeout=options.timeout,
        read_timeout=min(defaults.read_timeout, options.timeout),
        connect_timeout=min(defaults.connect_timeout, options.timeout),
        retries=options.retries,
        concurrency=options.concurrency,
        allow_private=settings.allow_private,
    )


def _check_updates(options: WatchOptions) -> None:
    """The update folder is made now, so that a bad path fails before the first round."""
    if options.updates is None:
        return
    try:
        os.makedirs(options.updates, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--updates: cannot use {options.updates} ({exc.strerror})") from exc


def _publish(database: Database, options: WatchOptions) -> None:
    if options.updates is not None:
        from newsevents.store.updates import publish

        publish(database, options.updates)


class Watcher:
    """The rounds over one store (one writer, kept open between rounds) and one polite fetcher."""

    def __init__(
        self,
        sources: list[str],
        database: Database,
        settings: Settings,
        options: WatchOptions,
        *,
        analyzer: AnalyzerFactory | None = None,
        log: Callable[[str], object] = print,
        stop: threading.Event | None = None,
    ) -> None:
        expand(sources)  # a bad source is an error now, not in the first round
        _check_updates(options)
        self.sources = sources
        self.database = database
        self.settings = settings
        self.options = options
        self.analyzer = analyzer or functools.partial(_pipeline, settings)
        self.log = log
        self.stop = stop or threading.Event()
        self.polite = Polite(fetch_settings(settings, options), delay=options.delay)
        self.rounds = 0
        with database.write():
            pass  # takes the store now: a store held by another process is said before any fetching

    def round(self) -> RoundStats:
        """Poll every source once and ingest what is new; returns what was done."""
        from newsevents.runner import ingest

        started = time.perf_counter()
        self.rounds += 1
        self.polite.new_round()
        checker = state.seeded(self.database, self.settings, self.options.signature_days)
        ledger = state.Ledger(checker)
        poll = Poll(self.database, self.settings, self.polite, ledger, self.stop, self._fail)
        stats = ingest(
            poll.records(expand(self.sources)),
            self.database,
            self.settings,
            workers=self.options.workers,
            analyzer=self.analyzer,
            on_rejection=self._rejected,
            deduplicator=checker,
            on_commit=ledger.on_commit,
        )
        complete = not self.stop.is_set()
        with self.database.write() as con:
            ledger.finish(con, complete)
            for url, (etag, modified) in poll.counts.validators.items():
                if complete and url not in poll.counts.retry and not ledger.pending(url):
                    state.save_validators(con, url, etag, modified)
        _publish(self.database, self.options)
        counts = poll.counts
        return RoundStats(
            number=self.rounds,
            feeds=counts.feeds,
            not_modified=counts.not_modified,
            failed=counts.failed,
            pages=counts.pages,
            files=counts.files,
            added=stats.added,
            rejected=stats.rejected,
            new_events=stats.new_events,
            seconds=round(time.perf_counter() - started, 3),
            complete=complete,
        )

    def run(self) -> list[RoundStats]:
        """Rounds every ``options.every`` seconds until ``stop`` is set (one round with ``once``)."""
        done: list[RoundStats] = []
        while not self.stop.is_set():
            started = time.monotonic()
            found = self.round()
            done.append(found)
            self.log(found.line())
            if self.options.once:
                break
            self.stop.wait(max(0.0, self.options.every - (time.monotonic() - started)))
        return done

    def close(self) -> None:
        self.polite.close()

    def _fail(self, message: str) -> None:
        self.log(f"failed: {message}")

    def _rejected(self, rejection: Rejection) -> None:
        # Poll already logged the fetch failures it turned into rejections; these are the runner's own.
        if rejection.reason not in _LOGGED_BY_POLL:
            self.log(f"rejected: {rejection.origin}: {rejection.reason}: {rejection.detail}")


# Reasons of rejections made from a failed fetch (``poll`` logs them when they happen).
_LOGGED_BY_POLL = frozenset(
    {"robots-disallowed", "http-error", "not-html", "too-large", "too-many-redirects", "private-address",
     "invalid-url", "unsupported-scheme", "bad-encoding"}
)


def watch(
    sources: list[str],
    db: str | Path | Database,
    settings: Settings | None = None,
    options: WatchOptions | None = None,
    *,
    analyzer: AnalyzerFactory | None = None,
    log: Callable[[str], object] = print,
    stop: threading.Event | None = None,
) -> list[RoundStats]:
    """Watch ``sources`` (feed URLs, ``.urls``/``.opml`` lists, folders) into the store ``db``, one round
    every ``options.every`` seconds until ``stop`` is set (or one round with ``options.once``); ``log``
    takes the progress line of each round and one line per failure. Returns the rounds' stats.

    Raises ``ConfigError`` for a bad source and ``StoreError`` when the store cannot be written (held by
    another process: the message says which)."""
    settings = settings if settings is not None else load_settings()
    options = options or WatchOptions()
    database = db if isinstance(db, Database) else Database(db)
    try:
        watcher = Watcher(
            sources, database, settings, options, analyzer=analyzer, log=log, stop=stop
        )
        try:
            return watcher.run()
        finally:
            watcher.close()
    finally:
        if database is not db:
            database.close()


__all__ = ["RoundStats", "WatchOptions", "Watcher", "fetch_settings", "watch"]
