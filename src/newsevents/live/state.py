"""What ``watch`` remembers, in the store: pages and files dealt with, feed validators, signatures.

Each unit of work (a feed entry's page, a folder's file) is marked seen in the transaction that commits
the last of the articles it gave (``Ledger.on_commit``, run by the store inside ``commit_batch``), so a
``kill -9`` leaves every unit either stored and marked, or neither: the next round takes up exactly the
ones that are not. Feed validators (ETag, Last-Modified) are written only when every entry of the feed
was dealt with, else a 304 next round would hide the entries still to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsevents.analysis import Analyzed
from newsevents.config import Settings
from newsevents.ingest.dedup import Deduplicator, Fingerprint, deduplicator
from newsevents.records import Article, Rejection
from newsevents.store import merge
from newsevents.store.database import Database


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def token(item: Article | Rejection | Analyzed) -> str:
    """What ties a record to the unit that gave it: the article id, else the rejection's origin."""
    if isinstance(item, Analyzed):
        return item.result.article.id
    if isinstance(item, Article):
        return item.id
    return item.article_id or item.origin


@dataclass(slots=True)
class Unit:
    """One page or file: its seen ``key``, the ``source`` it came from, the tokens of what it gave, and
    ``outcome`` (``article``, or why nothing was stored). ``closed``: every record of it was given."""

    key: str
    source: str
    outcome: str = "article"
    tokens: set[str] = field(default_factory=set)
    closed: bool = False


def seen(database: Database, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` an earlier round dealt with."""
    if not keys:
        return set()
    with database.read() as con:
        rows = merge.in_list(con, "SELECT key FROM watch_seen WHERE key IN ({marks})", list(keys))
    return {r[0] for r in rows}


def validators(database: Database, url: str) -> dict[str, str]:
    """The conditional-GET headers for a feed (empty the first time)."""
    with database.read() as con:
        row = con.execute("SELECT etag, last_modified FROM watch_feeds WHERE url = ?", [url]).fetchone()
    headers: dict[str, str] = {}
    if row and row[0]:
        headers["If-None-Match"] = row[0]
    if row and row[1]:
        headers["If-Modified-Since"] = row[1]
    return headers


def seeded(database: Database, settings: Settings, days: int) -> Deduplicator:
    """The run's copy checker holding the originals stored in the last ``days`` days, oldest first (the
    order they were judged in), so a near copy of yesterday's story is found today."""
    checker = deduplicator(settings.near_duplicates, settings.duplicate_threshold)
    if not settings.near_duplicates:
        return checker
    since = _now() - dt.timedelta(days=days)
    with database.read() as con:
        rows = con.execute(
            "SELECT article_id, content_hash, source, minhash FROM signatures WHERE added_at >= ? "
            "ORDER BY seq",
            [since],
        ).fetchall()
    for article_id, digest, source, values in rows:
        checker.remember(Fingerprint(article_id, article_id, source, digest, tuple(values)))
    return checker


class Ledger:
    """The units of one round and what of them the store has committed (see the module docstring)."""

    def __init__(self, checker: Deduplicator) -> None:
        self.checker = checker
        self.units: list[Unit] = []
        self._handled: set[str] = set()
        self.marked = 0

    def add(self, unit: Unit) -> Unit:
        self.units.append(unit)
        return unit

    def on_commit(self, con: Any, batch: Sequence[Analyzed | Rejection]) -> None:
        """Inside a commit: mark the units it completes and keep its originals' signatures."""
        self._handled.update(token(item) for item in batch)
        done = [u for u in self.units if u.closed and u.tokens <= self._handled]
        self._mark(con, done)
        self._signatures(con, [i.result.article for i in batch if isinstance(i, Analyzed)])

    def finish(self, con: Any, complete: bool) -> None:
        """At the end of a round: every closed unit when the round ran to its end (what the runner
        dropped, as already stored, was dealt with too), else only the ones fully committed."""
        done = [u for u in self.units if u.closed and (complete or u.tokens <= self._handled)]
        self._mark(con, done)

    def _mark(self, con: Any, units: Iterable[Unit]) -> None:
        units = list(units)
        if not units:
            return
        now = _now()
        con.executemany(
            "INSERT INTO watch_seen VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(u.key, u.source, u.outcome, now) for u in units],
        )
        gone = {id(u) for u in units}
        self.units = [u for u in self.units if id(u) not in gone]
        self.marked += len(units)

    def _signatures(self, con: Any, articles: Iterable[Article]) -> None:
        rows = []
        for art in articles:
            if art.duplicate_of is not None:
                continue  # copies are never compared against: only originals are kept
            found = self.checker.fingerprint(art)
            if found.minhash is not None:
                rows.append([art.id, art.content_hash, art.source, list(found.minhash), _now()])
        if not rows:
            return
        last = con.execute("SELECT coalesce(max(seq), 0) FROM signatures").fetchone()
        con.executemany(
            "INSERT INTO signatures BY NAME SELECT ? AS article_id, ? AS seq, ? AS content_hash, "
            "? AS source, ? AS minhash, ? AS added_at ON CONFLICT DO NOTHING",
            [[row[0], last[0] + n, *row[1:]] for n, row in enumerate(rows, 1)],
        )

    def pending(self, source: str) -> bool:
        """Whether a unit of ``source`` is not marked yet (its feed's validators must wait)."""
        return any(u.source == source for u in self.units)


def save_validators(con: Any, url: str, etag: str | None, last_modified: str | None) -> None:
    """Remember a feed's validators for the next round's conditional GET."""
    con.execute(
        "INSERT INTO watch_feeds VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
        "last_modified = excluded.last_modified, checked_at = excluded.checked_at",
        [url, etag, last_modified, _now()],
    )


__all__ = ["Ledger", "Unit", "save_validators", "seeded", "seen", "token", "validators"]
