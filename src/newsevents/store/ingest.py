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
* **Crash-safe.** Each batch (its articles, mentions, actors, places, quotes, the events they create and
  the counts they update, plus the rejections read since the last batch) is one DuckDB transaction. A
  ``kill -9`` loses at most the batches not yet committed; re-running the same command skips what was
  committed and, since batches commit in input order and deduplication depends only on that order
  (``dedup``), ends in the same state as a run that was never interrupted.
* **One writer.** Workers only analyse; the calling process is the only one that touches the file.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from newsevents.analysis import Analyzed, Analyzer, AnalyzerFactory, with_tone
from newsevents.records import Actor, Article, ArticleResult, Event, Place, Rejection
from newsevents.store import dedup
from newsevents.store.database import Database
from newsevents.when import DATELINE, PUBLISHED

# Date steps that mean the coder took the date from the dateline or publication date, not the text.
_FALLBACK_STEPS = frozenset({PUBLISHED, DATELINE})


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
                actor_rows.append({"article_id": art.id, "n": n, **actor.to_json()})
            for n, place in enumerate(res.places):
                place_rows.append({"article_id": art.id, "n": n, **place.to_json()})
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
            {"key": _rejection_key(r), **r.to_json(), "ingested_at": now} for r in all_rejections
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


class StoredFilter:
    """The runner's ``exclude`` for a store: drops articles already stored (same id) or already given
    earlier in this run (same id, another text), and rejects a new id whose text is stored as
    ``duplicate``; reads the store, one query per chunk."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._seen: set[str] = set()

    def __call__(self, articles: Sequence[Article]) -> list[Article | Rejection | None]:
        if not articles:
            return []
        with self.database.read() as con:
            known = con.execute(
                "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
                "OR content_hash IN (SELECT unnest(?))",
                [[a.id for a in articles], [a.content_hash for a in articles]],
            ).fetchall()
        known_ids = {row[0] for row in known}
        known_hashes = {row[1]: row[0] for row in known}
        out: list[Article | Rejection | None] = []
        for art in articles:
            if art.id in known_ids or art.id in self._seen:
                out.append(None)
            elif art.content_hash in known_hashes:
                detail = f"same text as article {known_hashes[art.content_hash]}"
                out.append(Rejection(art.origin or art.id, "duplicate", detail, art.id))
            else:
                self._seen.add(art.id)
                out.append(art)
        return out


def ingest_results(
    results: Iterable[Analyzed | ArticleResult | Rejection],
    db: str | Path | Database,
    *,
    batch_size: int = 256,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
    progress: Callable[[IngestStats], object] | None = None,
) -> IngestStats:
    """Store analysed results (``newsevents.run``'s, ``Pipeline.analyze``'s or another coder's) and
    rejections, idempotently, one transaction per ``batch_size`` articles; ``progress`` is called with the
    running totals after each commit. Creates the store if it does not exist."""
    database = _as_database(db)
    counters = _Counters()
    batch: list[Analyzed | Rejection] = []
    articles = 0

    def commit() -> None:
        added, mentions, new_events, rejected = commit_batch(database, batch, window_days=window_days)
        counters.added += added
        counters.mentions += mentions
        counters.new_events += new_events
        counters.rejected += rejected
        counters.skipped += sum(isinstance(b, Analyzed) for b in batch) - added
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
