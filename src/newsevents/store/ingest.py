"""Idempotent, crash-safe ingestion: articles in, analysed in worker processes, one writer commits.

The flow of ``ingest_items``::

    items ──> chunks of ``batch_size`` new articles ──> workers: analyze + tone ──> writer: one transaction
              (already stored ids / content hashes                                  per chunk, in input order
               dropped here, before any work)

* **Idempotent.** An article whose id or content hash is already stored is skipped before analysis; a
  second copy under another id becomes a ``duplicate`` rejection. Re-running a finished ingest changes
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
import datetime as dt
import functools
import hashlib
import itertools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa

from newsevents.errors import StoreError
from newsevents.records import Actor, Article, ArticleResult, Event, Place, Rejection
from newsevents.store import dedup
from newsevents.store.database import Database
from newsevents.tone import Tone, score
from newsevents.when import DATELINE, PUBLISHED

# Date steps that mean the coder took the date from the dateline or publication date, not the text.
_FALLBACK_STEPS = frozenset({PUBLISHED, DATELINE})


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


# -- rows --------------------------------------------------------------------------------------------


def _actor_cols(prefix: str, actor: Actor | None) -> dict[str, Any]:
    a = actor or Actor(text="")
    return {
        f"{prefix}_text": a.text or None,
        f"{prefix}_name": a.name,
        f"{prefix}_country": a.country,
        f"{prefix}_role": a.role,
        f"{prefix}_code": a.code,
    }


def _place_cols(place: Place | None) -> dict[str, Any]:
    p = place or Place(name="")
    return {
        "place_name": p.name or None,
        "place_country": p.country,
        "place_admin1": p.admin1,
        "place_lat": p.lat,
        "place_lon": p.lon,
        "place_geonames_id": p.geonames_id,
    }


def _event_cols(e: Event) -> dict[str, Any]:
    return {
        **_actor_cols("actor1", e.source),
        **_actor_cols("actor2", e.target),
        "cameo": e.cameo,
        "base_code": e.cameo[:3],
        "root": e.root,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "plover_type": e.plover.type,
        "plover_mode": e.plover.mode,
        "plover_context": e.plover.context,
        "modality": e.modality,
        **_place_cols(e.location),
    }


def _lead_end(text: str) -> int:
    """End of the lead paragraph (GDELT's IsRootEvent): the first paragraph, or 300 characters when the
    text has no paragraph breaks near its start."""
    body_start = len(text) - len(text.lstrip())
    newline = text.find("\n", body_start)
    end = newline if newline >= 0 else len(text)
    return end if end - body_start <= 600 else body_start + 300


def _rejection_key(r: Rejection) -> str:
    return hashlib.sha256("\x1f".join([r.origin, r.reason, r.article_id or ""]).encode()).hexdigest()[:24]


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


def _insert(con: Any, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    # DuckDB finds the local Arrow table by its name (a replacement scan): 3x cheaper than register().
    new_rows = pa.Table.from_pylist(rows)  # noqa: F841 (read by DuckDB)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM new_rows ON CONFLICT DO NOTHING")


def commit_batch(
    database: Database,
    analyzed: Sequence[Analyzed | Rejection],
    rejections: Sequence[Rejection] = (),
    *,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
) -> tuple[int, int, int, int]:
    """Store one batch in one transaction; returns (articles added, mentions, new events, rejections).

    Articles already stored (same id or content hash) are skipped here too, so a batch can be committed
    twice without effect.
    """
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    all_rejections = list(rejections) + [a for a in analyzed if isinstance(a, Rejection)]
    items = [a for a in analyzed if isinstance(a, Analyzed)]
    with database.write() as con:
        ids = [a.result.article.id for a in items]
        hashes = [a.result.article.content_hash for a in items]
        known = con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
            "OR content_hash IN (SELECT unnest(?))",
            [ids, hashes],
        ).fetchall()
        known_ids = {row[0] for row in known}
        known_hashes = {row[1]: row[0] for row in known}
        article_rows: list[dict[str, Any]] = []
        actor_rows: list[dict[str, Any]] = []
        place_rows: list[dict[str, Any]] = []
        quote_rows: list[dict[str, Any]] = []
        mention_rows: list[dict[str, Any]] = []
        fresh: list[Analyzed] = []
        for item in items:
            art = item.result.article
            if art.id in known_ids:
                continue
            if art.content_hash in known_hashes:
                all_rejections.append(
                    Rejection(
                        art.origin or art.id,
                        "duplicate",
                        f"same text as article {known_hashes[art.content_hash]}",
                        art.id,
                    )
                )
                continue
            known_ids.add(art.id)
            known_hashes[art.content_hash] = art.id
            fresh.append(item)
        for item in fresh:
            res, art = item.result, item.result.article
            published, _ = dedup.parse_date(art.published)
            article_rows.append(
                {
                    "id": art.id,
                    "url": art.url,
                    "title": art.title,
                    "published": art.published,
                    "published_date": published,
                    "source": art.source,
                    "language": art.language,
                    "authors": list(art.authors),
                    "translator": art.translator,
                    "photo_credits": list(art.photo_credits),
                    "captions": list(art.captions),
                    "republished_from": art.republished_from,
                    "duplicate_of": art.duplicate_of,
                    "origin": art.origin,
                    "text": art.text,
                    "content_hash": art.content_hash,
                    "words": item.doc_tone.words,
                    "tone": item.doc_tone.tone,
                    "positive": item.doc_tone.positive,
                    "negative": item.doc_tone.negative,
                    "num_events": len(res.events),
                    "rejection": res.rejection.reason if res.rejection else None,
                    "ingested_at": now,
                }
            )
            if res.rejection:
                all_rejections.append(res.rejection)
            for n, actor in enumerate(res.actors):
                actor_rows.append({"article_id": art.id, "n": n, **actor.to_dict()})
            for n, place in enumerate(res.places):
                place_rows.append({"article_id": art.id, "n": n, **place.to_dict()})
            for n, quote in enumerate(res.quotes):
                speaker = _actor_cols("speaker", quote.speaker)
                quote_rows.append(
                    {
                        "article_id": art.id,
                        "n": n,
                        **speaker,
                        "quote": quote.quote,
                        "start": quote.start,
                        "end": quote.end,
                        "verb": quote.verb,
                    }
                )
            lead_end = _lead_end(art.text)
            for event, mention_tone in zip(res.events, item.mention_tones, strict=True):
                date, precision = dedup.parse_date(event.date)
                mention_rows.append(
                    {
                        "id": event.event_id,
                        "article_id": art.id,
                        "date": date,
                        "date_precision": precision,
                        **_event_cols(event),
                        "sentence": event.evidence.sentence,
                        "sentence_start": event.evidence.start,
                        "sentence_end": event.evidence.end,
                        "trigger": event.evidence.trigger,
                        "rule": event.evidence.rule,
                        "steps": list(event.evidence.steps),
                        "confidence": event.confidence,
                        "tone": mention_tone,
                        "doc_tone": item.doc_tone.tone,
                        "source": art.source,
                        "syndicated": art.duplicate_of is not None,
                        "in_lead": event.evidence.start < lead_end,
                        "published_date": published,
                        "ingested_at": now,
                        # for deduplication only, dropped before insert:
                        "_event": event,
                        "_url": art.url or art.id,
                    }
                )
        # A mention id already stored (re-coded article under a new id cannot collide: ids hash the
        # article id) is dropped rather than re-linked.
        if mention_rows:
            seen = {
                r[0]
                for r in con.execute(
                    "SELECT id FROM mentions WHERE id IN (SELECT unnest(?))",
                    [[m["id"] for m in mention_rows]],
                ).fetchall()
            }
            unique: dict[str, dict[str, Any]] = {}
            for m in mention_rows:
                if m["id"] not in seen and m["id"] not in unique:
                    unique[m["id"]] = m
            mention_rows = list(unique.values())
        new_events = _assign_events(con, mention_rows, now, window_days)
        for m in mention_rows:
            del m["_event"], m["_url"]
        _insert(con, "articles", article_rows)
        _insert(con, "actors", actor_rows)
        _insert(con, "places", place_rows)
        _insert(con, "quotes", quote_rows)
        _insert(con, "events", new_events)
        _insert(con, "mentions", mention_rows)
        _refresh(con, sorted({m["event_id"] for m in mention_rows}))
        rejection_rows = [
            {"key": _rejection_key(r), **r.to_dict(), "ingested_at": now} for r in all_rejections
        ]
        before = next(iter(con.execute("SELECT count(*) FROM rejections").fetchall()), None)
        _insert(con, "rejections", rejection_rows)
        after = next(iter(con.execute("SELECT count(*) FROM rejections").fetchall()), None)
        added_rejections = (after[0] if after else 0) - (before[0] if before else 0)
    return len(article_rows), len(mention_rows), len(new_events), added_rejections


def _assign_events(
    con: Any, mentions: list[dict[str, Any]], now: dt.datetime, window_days: int
) -> list[dict[str, Any]]:
    """Set ``event_id`` on each mention (merging into stored events per ``dedup``); returns new events."""
    if not mentions:
        return []
    for m in mentions:
        event: Event = m["_event"]
        date, precision = m["date"], m["date_precision"]
        # The coder dates an event the text gives no date by the dateline or publication date and says so
        # in its steps; an event it could not date at all takes the publication date here.
        fallback = bool(_FALLBACK_STEPS & set(m["steps"])) and date is not None
        m["_from_published"] = fallback or (date is None and m["published_date"] is not None)
        if date is None and m["_from_published"]:
            date, precision = m["published_date"], "day"
        m["_date"], m["_precision"] = date, precision
        m["_key"] = dedup.dedup_key(event.root, event.cameo, event.source, event.target)
        m["_place"] = dedup.place_key(m["place_name"], m["place_geonames_id"])
    dates = [m["_date"] for m in mentions if m["_date"] is not None]
    lo = dt.date(min(dates).year, 1, 1) if dates else dt.date.max
    hi = dt.date(max(dates).year, 12, 31) if dates else dt.date.min
    stored = con.execute(
        "SELECT id, dedup_key, date, date_precision, place_name, place_geonames_id FROM events "
        "WHERE dedup_key IN (SELECT unnest(?)) AND (date IS NULL OR date BETWEEN ? AND ?)",
        [sorted({m["_key"] for m in mentions}), lo, hi],
    ).fetchall()
    by_key: dict[str, list[dedup.Candidate]] = collections.defaultdict(list)
    for ev_id, key, date, precision, place_name, gid in stored:
        by_key[key].append(dedup.Candidate(ev_id, date, precision, dedup.place_key(place_name, gid)))
    row = next(iter(con.execute("SELECT coalesce(max(id), 0) FROM events").fetchall()), None)
    next_id = (row[0] if row else 0) + 1
    created: list[dict[str, Any]] = []
    for m in mentions:
        match = dedup.best_match(by_key[m["_key"]], m["_date"], m["_precision"], m["_place"], window_days)
        if match is None:
            match = dedup.Candidate(next_id, m["_date"], m["_precision"], m["_place"])
            by_key[m["_key"]].append(match)
            created.append(
                {
                    "id": next_id,
                    "dedup_key": m["_key"],
                    "date": m["_date"],
                    "date_precision": m["_precision"],
                    "date_from_published": m["_from_published"],
                    **_event_cols(m["_event"]),
                    "is_root": m["in_lead"],
                    "num_mentions": 0,
                    "num_sources": 0,
                    "num_articles": 0,
                    "avg_tone": None,
                    "confidence": None,
                    "first_seen": None,
                    "last_seen": None,
                    "source_url": m["_url"],
                    "added_at": now,
                }
            )
            next_id += 1
        m["event_id"] = match.id
        for k in ("_date", "_precision", "_key", "_place", "_from_published"):
            del m[k]
    return created


def _refresh(con: Any, event_ids: list[int]) -> None:
    """Recompute the counts and tone of ``event_ids`` from their mentions (GDELT's definitions)."""
    if not event_ids:
        return
    con.execute(
        """
        UPDATE events SET
            num_mentions = agg.mentions, num_articles = agg.articles, num_sources = agg.sources,
            avg_tone = agg.tone, confidence = agg.confidence, is_root = agg.is_root,
            first_seen = agg.first_seen, last_seen = agg.last_seen
        FROM (
            SELECT event_id,
                   sum(n)::INTEGER AS mentions,
                   count(*)::INTEGER AS articles,
                   -- distinct outlets of original reports; an article without an outlet is its own;
                   -- at least 1 (a copy whose original is not stored still had a source)
                   greatest(1, count(DISTINCT CASE WHEN NOT syndicated
                                               THEN coalesce(source, '#' || article_id) END))::INTEGER
                       AS sources,
                   round(avg(doc_tone), 4) AS tone,        -- per article, as GDELT averages documents
                   max(confidence) AS confidence,
                   bool_or(in_lead) AS is_root,
                   min(published_date) AS first_seen, max(published_date) AS last_seen
            FROM (
                SELECT event_id, article_id, count(*) AS n, any_value(doc_tone) AS doc_tone,
                       any_value(source) AS source, bool_or(syndicated) AS syndicated,
                       max(confidence) AS confidence, bool_or(in_lead) AS in_lead,
                       any_value(published_date) AS published_date
                FROM mentions WHERE event_id IN (SELECT unnest(?))
                GROUP BY event_id, article_id
            ) GROUP BY event_id
        ) AS agg
        WHERE events.id = agg.event_id""",
        [event_ids],
    )


# -- the driver ----------------------------------------------------------------------------------------


def _as_database(db: str | Path | Database) -> Database:
    return db if isinstance(db, Database) else Database(db)


def _chunks(
    items: Iterable[Article | Rejection], database: Database, batch_size: int, counters: _Counters
) -> Iterator[tuple[list[Article], list[Rejection]]]:
    """New articles in chunks (already stored or repeated ones dropped), with the rejections read."""
    seen_ids: set[str] = set()
    seen_hashes: dict[str, str] = {}
    chunk: list[Article] = []
    rejections: list[Rejection] = []

    def flush() -> Iterator[tuple[list[Article], list[Rejection]]]:
        nonlocal chunk, rejections
        if chunk:
            with database.read() as con:
                known = con.execute(
                    "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
                    "OR content_hash IN (SELECT unnest(?))",
                    [[a.id for a in chunk], [a.content_hash for a in chunk]],
                ).fetchall()
            known_ids = {row[0] for row in known}
            known_hashes = {row[1]: row[0] for row in known}
            keep = []
            for art in chunk:
                if art.id in known_ids:
                    counters.skipped += 1
                elif art.content_hash in known_hashes:
                    rejections.append(
                        Rejection(
                            art.origin or art.id,
                            "duplicate",
                            f"same text as article {known_hashes[art.content_hash]}",
                            art.id,
                        )
                    )
                else:
                    keep.append(art)
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
        if item.content_hash in seen_hashes:
            rejections.append(
                Rejection(
                    item.origin or item.id,
                    "duplicate",
                    f"same text as article {seen_hashes[item.content_hash]}",
                    item.id,
                )
            )
            continue
        seen_ids.add(item.id)
        seen_hashes[item.content_hash] = item.id
        chunk.append(item)
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
