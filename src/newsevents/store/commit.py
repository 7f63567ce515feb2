"""One batch of analysed articles into the store, in one transaction (the writer's side of ingest).

``commit_batch`` takes the articles not stored yet (by id; a text already stored is another outlet's
syndicated copy or a ``duplicate`` rejection), builds their rows (``rows``), merges their mentions into
events (``merge``: candidates read from the mentions' date windows through indexes), inserts everything
and recounts the events touched. Every read goes through an index, so a batch costs the same on an empty
store and on a large one. With ``revisions`` on, an article stored again with another text replaces its
stored version in the same transaction (``versions``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import pyarrow as pa

from newsevents.records import Article, Rejection
from newsevents.store import dedup, merge, rows, versions
from newsevents.store.database import Database

if TYPE_CHECKING:  # imported where used: the readers' package is slow to import
    from newsevents.ingest.dedup import ExactCopies
    from newsevents.store.ingest import Analyzed


def _insert(
    con: Any, table: str, rows: list[dict[str, Any]], on_conflict: str = "ON CONFLICT DO NOTHING"
) -> None:
    if not rows:
        return
    # DuckDB finds the local Arrow table by its name (a replacement scan): 3x cheaper than register().
    new_rows = pa.Table.from_pylist(rows)  # noqa: F841 (read by DuckDB)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM new_rows {on_conflict}")


def stored_articles(con: Any, articles: Sequence[Article]) -> tuple[set[str], ExactCopies]:
    """Which of ``articles`` are stored (by id), and the outlets that ran their texts (by content hash).

    Both lookups go through an index (the primary key, ``articles_hash``), so they cost the same on any
    size of store."""
    from newsevents.ingest.dedup import ExactCopies

    ids = {
        r[0]
        for r in merge.in_list(con, "SELECT id FROM articles WHERE id IN ({marks})", [a.id for a in articles])
    }
    texts = ExactCopies()
    found = merge.in_list(
        con,
        "SELECT content_hash, id, source, duplicate_of FROM articles WHERE content_hash IN ({marks})",
        sorted({a.content_hash for a in articles}),
    )
    # originals first, so that a copy of a copy points to the original
    for digest, art_id, source, duplicate_of in sorted(found, key=lambda r: (r[3] is not None, r[1])):
        texts.add(digest, art_id, source, duplicate_of)
    return ids, texts


def _fresh(
    con: Any, items: list[Analyzed], rejections: list[Rejection], revisions: bool = False
) -> tuple[list[Analyzed], list[str]]:
    """The items to store, and the ids among them that replace a stored version (``versions``).

    An item whose id is stored is skipped, unless ``revisions`` is on and its text differs (its content
    hash): then it is the article's next version. A text already stored under another id becomes a
    syndicated copy (from another outlet) or a ``duplicate`` rejection (``ingest.dedup.ExactCopies``)."""
    known_ids, texts = stored_articles(con, [a.result.article for a in items])
    hashes = versions.stored_hashes(con, sorted(known_ids)) if revisions and known_ids else {}
    fresh: list[Analyzed] = []
    revised: list[str] = []
    for item in items:
        art = item.result.article
        if art.id in known_ids:
            if hashes.get(art.id, art.content_hash) == art.content_hash:
                continue
            if art.duplicate_of == art.id:  # a near copy of its own earlier version, read in this run
                art = dataclasses.replace(art, duplicate_of=None)
        checked = texts.check(art)
        if isinstance(checked, Rejection):
            rejections.append(checked)
            continue
        if hashes.pop(art.id, None) is not None:
            revised.append(art.id)
        known_ids.add(art.id)
        if checked is not item.result.article:
            item = dataclasses.replace(item, result=dataclasses.replace(item.result, article=checked))
        fresh.append(item)
    return fresh, revised


class Committed(NamedTuple):
    """What one ``commit`` stored: articles (new and revised), mentions, new events, rejections; of the
    articles, how many replaced a stored version; and the events removed for want of a mention."""

    articles: int
    mentions: int
    new_events: int
    rejections: int
    revised: int = 0
    removed_events: int = 0


def commit(
    database: Database,
    analyzed: Sequence[Analyzed | Rejection],
    rejections: Sequence[Rejection] = (),
    *,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
    revisions: bool = False,
    on_commit: Callable[[Any, Sequence[Analyzed | Rejection]], object] | None = None,
) -> Committed:
    """Store one batch in one transaction. Articles already stored (same id or content hash) are
    skipped, so a batch can be committed twice without effect; with ``revisions``, a stored id with
    another text replaces its stored version (``versions``), and a batch that holds one id twice is
    stored in order, each version replacing the one before. ``on_commit(con, batch)`` writes more rows in
    the same transaction (``watch`` records what it has seen with the articles it covers, so a crash loses
    or repeats neither)."""
    all_rejections = list(rejections) + [a for a in analyzed if isinstance(a, Rejection)]
    items = [a for a in analyzed if not isinstance(a, Rejection)]
    done = Committed(0, 0, 0, 0)
    with database.write() as con:
        # Taken under the write lock: a publisher of update files (store.updates) reading from the same
        # Database never closes an interval a commit still to land would fall in.
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        for part in _segments(items) if revisions else [items]:
            stored = _store(con, part, all_rejections, now, window_days, revisions)
            done = Committed(*(a + b for a, b in zip(done, stored, strict=True)))
        before = next(iter(con.execute("SELECT count(*) FROM rejections").fetchall()), None)
        _insert(con, "rejections", [rows.rejection_row(r, now) for r in all_rejections])
        after = next(iter(con.execute("SELECT count(*) FROM rejections").fetchall()), None)
        if on_commit is not None:
            on_commit(con, analyzed)
    return done._replace(rejections=(after[0] if after else 0) - (before[0] if before else 0))


def commit_batch(
    database: Database,
    analyzed: Sequence[Analyzed | Rejection],
    rejections: Sequence[Rejection] = (),
    *,
    window_days: int = dedup.DEFAULT_WINDOW_DAYS,
    on_commit: Callable[[Any, Sequence[Analyzed | Rejection]], object] | None = None,
) -> tuple[int, int, int, int]:
    """``commit`` without revisions; returns (articles added, mentions, new events, rejections)."""
    done = commit(database, analyzed, rejections, window_days=window_days, on_commit=on_commit)
    return done.articles, done.mentions, done.new_events, done.rejections


def _segments(items: list[Analyzed]) -> list[list[Analyzed]]:
    """``items`` cut, in order, before an id the current part already holds: each part replaces what the
    parts before it stored."""
    parts: list[list[Analyzed]] = [[]]
    ids: set[str] = set()
    for item in items:
        art_id = item.result.article.id
        if art_id in ids:
            parts.append([])
            ids.clear()
        parts[-1].append(item)
        ids.add(art_id)
    return parts


def _store(
    con: Any,
    items: list[Analyzed],
    rejections: list[Rejection],
    now: dt.datetime,
    window_days: int,
    revisions: bool,
) -> Committed:
    """The rows of ``items`` inserted, their mentions merged, the events touched recounted (inside the
    caller's transaction); the rejections found are appended to ``rejections``."""
    fresh, revised = _fresh(con, items, rejections, revisions)
    retracted = versions.retract(con, revised, now)
    tables: dict[str, list[dict[str, Any]]] = {"articles": [], "actors": [], "places": [], "quotes": []}
    mention_rows: list[dict[str, Any]] = []
    for item in fresh:
        tables["articles"].append(rows.article_row(item, now))
        if item.result.rejection:
            rejections.append(item.result.rejection)
        for table, found in rows.side_rows(item).items():
            tables[table].extend(found)
        mention_rows.extend(rows.mention_rows(item, now))
    mention_rows = _new_mentions(con, mention_rows)
    new_events = _assign_events(con, mention_rows, now, window_days)
    for table, found in tables.items():
        _insert(con, table, found)
    _insert(con, "events", new_events)
    _insert(
        con,
        "event_keys",
        [{"bucket": dedup.bucket(e["dedup_key"], e["date"]), "id": e["id"]} for e in new_events],
        on_conflict="",  # new ids only (the next after the largest), and no key to conflict on
    )
    _insert(con, "mentions", mention_rows)
    merge.refresh(con, sorted({m["event_id"] for m in mention_rows} | retracted))
    removed = versions.prune(con, sorted(retracted))
    return Committed(len(fresh), len(mention_rows), len(new_events), 0, len(revised), len(removed))


def _new_mentions(con: Any, mention_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows whose mention id is not stored yet, first of each id. A re-coded article under a new id
    cannot collide (ids hash the article id): a stored id is dropped rather than re-linked."""
    if not mention_rows:
        return []
    seen = {
        r[0]
        for r in merge.in_list(
            con, "SELECT id FROM mentions WHERE id IN ({marks})", [m["id"] for m in mention_rows]
        )
    }
    unique: dict[str, dict[str, Any]] = {}
    for m in mention_rows:
        if m["id"] not in seen and m["id"] not in unique:
            unique[m["id"]] = m
    return list(unique.values())


def _assign_events(
    con: Any, mentions: list[dict[str, Any]], now: dt.datetime, window_days: int
) -> list[dict[str, Any]]:
    """Set ``event_id`` on each mention (merging into stored events per ``dedup``); returns new events.

    Reads only the stored events of the mentions' candidate buckets (``merge``), whatever the store's
    size and however far back a mention's date lies."""
    if not mentions:
        return []
    views = [merge.keyed(m, window_days) for m in mentions]
    lookup = merge.Lookup(window_days)
    lookup.load_from(con, lookup.buckets(views))
    ids, created = merge.assign(views, lookup, merge.next_event_id(con))
    for m, ev_id in zip(mentions, ids, strict=True):
        m["event_id"] = ev_id
    new_events = [merge.event_row(mentions[n], views[n], ids[n], now) for n in created]
    if new_events:
        merge.record_max_event_id(con, new_events[-1]["id"])
    for m in mentions:
        del m["source_url"]
    return new_events


__all__ = ["Committed", "commit", "commit_batch", "stored_articles"]
