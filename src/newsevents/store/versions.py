"""Article versions: an article stored again under its id with another text (setting ``revisions``).

A live watcher fetches the same page again after its outlet corrected or extended it. With ``revisions``
off (the default of ``ingest``, and what the Spark job always does) a stored id is skipped, whatever its
text. With it on, a text under a stored id whose content hash differs is the article's next version, and
the commit (``commit.commit``) replaces the old one in the same transaction as everything else:

1. ``retract``: the stored version goes to ``article_versions`` (number, content hash, title, URL,
   publication, its text, when it was stored and replaced, how many mentions it had and the events they
   reported), and its rows are **deleted**: the article, its mentions, actors, places and quotes.
   Retracted mentions are deleted rather than flagged so that every reader (counts, exports, the API,
   the Spark merge) keeps seeing only live mentions without a filter to forget; the history keeps the
   old text and the events it had reported, which is what a reader needs to see what changed;
2. the new version is stored like any new article: its row, its mentions merged into events (an event
   the old version also reported is still there to merge into, so it keeps its id);
3. the events of the old and the new mentions are recounted through the store's one aggregate definition
   (``merge.refresh``, ``merge.AGGREGATES_SQL``), and ``prune`` **removes** an event left with no
   mention (with its ``event_keys`` row): an event nobody reports any more is no event. Its id is never
   given again (``merge.next_event_id``). An event another article still reports keeps the identity
   fields (actors, code, place) of the mention that created it, as events always do.

The same text again (same content hash) changes nothing. A crash anywhere before the commit leaves the
old version whole. The current version is the ``articles`` row; its number is one more than the rows of
``article_versions`` (an article never revised has none, and ``history`` shows it as version 1).
"""

from __future__ import annotations

import collections
import datetime as dt
import difflib
import re
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from newsevents.store import dedup, merge
from newsevents.store.database import Database
from newsevents.store.jsonrows import jsonable

# The fields of a version as ``history`` gives it (and the API's ``ArticleVersion``).
VERSION_FIELDS = (
    "version",
    "current",
    "content_hash",
    "title",
    "url",
    "published",
    "stored_at",
    "replaced_at",
    "num_mentions",
    "event_ids",
    "text",
)

_STORED = (
    "SELECT id, content_hash, title, url, published, text, ingested_at FROM articles WHERE id IN ({marks})"
)
_NUMBERS = "SELECT article_id, max(version) FROM article_versions WHERE article_id IN ({marks}) GROUP BY 1"
_MENTIONS = "SELECT article_id, id, event_id FROM mentions WHERE article_id IN ({marks})"
_SIDE_TABLES = ("actors", "places", "quotes")
_COLUMNS = (
    "article_id", "version", "content_hash", "title", "url", "published", "text", "num_mentions",
    "event_ids", "stored_at", "replaced_at",
)  # fmt: skip


def stored_hashes(con: Any, article_ids: Sequence[str]) -> dict[str, str]:
    """The content hash of each stored article among ``article_ids`` (read through the primary key)."""
    sql = "SELECT id, content_hash FROM articles WHERE id IN ({marks})"
    return {art_id: digest for art_id, digest in merge.in_list(con, sql, sorted(set(article_ids)))}


def retract(con: Any, article_ids: Sequence[str], now: dt.datetime) -> set[int]:
    """Move the stored versions of ``article_ids`` to ``article_versions`` and delete their rows (the
    article, mentions, actors, places, quotes); returns the events their mentions reported, which the
    caller recounts (``merge.refresh``) and prunes (``prune``) once the new versions are merged.

    Runs inside the caller's transaction. Articles and mentions are read and deleted through indexes;
    the deletes from ``actors``, ``places`` and ``quotes`` scan those tables once per call, as DuckDB does
    not look a leading column alone up in their ``(article_id, n)`` key (an index each would make that
    constant, and cost every ingest's inserts for a step only live runs take)."""
    ids = sorted(set(article_ids))
    if not ids:
        return set()
    numbers = dict(merge.in_list(con, _NUMBERS, ids))
    mentions: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    for art_id, mention_id, event_id in merge.in_list(con, _MENTIONS, ids):
        mentions[art_id].append((mention_id, event_id))
    rows = []
    for art_id, digest, title, url, published, text, stored_at in merge.in_list(con, _STORED, ids):
        found = mentions[art_id]
        events = sorted({event_id for _, event_id in found})
        version = (numbers.get(art_id) or 0) + 1
        values = (art_id, version, digest, title, url, published, text, len(found), events, stored_at, now)
        rows.append(dict(zip(_COLUMNS, values, strict=True)))
    if rows:
        # an Arrow table DuckDB reads by its name (as ``commit`` inserts): far cheaper than executemany
        replaced = pa.Table.from_pylist(rows)  # noqa: F841 (read by DuckDB)
        con.execute("INSERT INTO article_versions BY NAME SELECT * FROM replaced")
    retracted = [mention_id for found in mentions.values() for mention_id, _ in found]
    merge.in_list(con, "DELETE FROM mentions WHERE id IN ({marks})", retracted)
    for table in _SIDE_TABLES:
        merge.in_list(con, f"DELETE FROM {table} WHERE article_id IN ({{marks}})", ids)
    merge.in_list(con, "DELETE FROM articles WHERE id IN ({marks})", ids)
    return {event_id for found in mentions.values() for _, event_id in found}


def prune(con: Any, event_ids: Sequence[int]) -> list[int]:
    """Remove the events among ``event_ids`` that no mention reports any more, with their ``event_keys``
    rows; returns their ids. Call after the new mentions are merged and the counts refreshed."""
    wanted = sorted(set(event_ids))
    if not wanted:
        return []
    reported = "SELECT DISTINCT event_id FROM mentions WHERE event_id IN ({marks})"
    live = {r[0] for r in merge.in_list(con, reported, wanted)}
    gone = [e for e in wanted if e not in live]
    if not gone:
        return []
    keys = merge.in_list(con, "SELECT id, dedup_key, date FROM events WHERE id IN ({marks})", gone)
    for event_id, key, date in keys:
        con.execute("DELETE FROM event_keys WHERE bucket = ? AND id = ?", [dedup.bucket(key, date), event_id])
    merge.in_list(con, "DELETE FROM events WHERE id IN ({marks})", gone)
    return gone


def history(db: Database, article_id: str) -> list[dict[str, Any]]:
    """Every version of a stored article, oldest first, as JSON-ready dicts (``VERSION_FIELDS``): the
    replaced ones with their text, the current one (``current`` true, ``text`` null: it is the
    article's) last. Empty for an unknown article."""
    with db.read() as con:
        current = con.execute(
            "SELECT content_hash, title, url, published, ingested_at FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if current is None:
            return []
        earlier = con.execute(
            "SELECT version, content_hash, title, url, published, stored_at, replaced_at, num_mentions, "
            "event_ids, text FROM article_versions WHERE article_id = ? ORDER BY version",
            [article_id],
        ).fetchall()
        count, events = con.execute(
            "SELECT count(*), coalesce(list(DISTINCT event_id ORDER BY event_id), []) FROM mentions "
            "WHERE article_id = ?",
            [article_id],
        ).fetchone() or (0, [])
    out = []
    for number, digest, title, url, published, stored, replaced, mentions, event_ids, text in earlier:
        values = (number, False, digest, title, url, published, stored, replaced, mentions, event_ids, text)
        out.append(dict(zip(VERSION_FIELDS, values, strict=True)))
    digest, title, url, published, stored = current
    now = (len(earlier) + 1, True, digest, title, url, published, stored, None, count, events, None)
    out.append(dict(zip(VERSION_FIELDS, now, strict=True)))
    return [{k: jsonable(v) for k, v in row.items()} for row in out]


# Words with the space after them: a diff of these reads as the text and joins back to it exactly.
_WORDS = re.compile(r"\S+\s*|\s+")
# Unchanged runs longer than this many words are shortened to their ends in ``changes``.
_CONTEXT_WORDS = 12
# Above this many words in the two texts together, ``changes`` compares lines instead (a word diff of
# two very long texts costs seconds; a page should not).
_MAX_DIFF_WORDS = 20_000


def changes(old: str, new: str) -> list[tuple[str, str]]:
    """What changed from ``old`` to ``new`` as ``(kind, text)`` pieces in reading order, ``kind`` one of
    ``same``, ``removed``, ``added``, ``skipped`` (a long unchanged run, shortened to "…"), word by word:

    >>> changes("Talks began on Monday in Hanoi.", "Talks began on Tuesday in Hanoi.")
    [('same', 'Talks began on '), ('removed', 'Monday '), ('added', 'Tuesday '), ('same', 'in Hanoi.')]
    """
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    if len(a) + len(b) > _MAX_DIFF_WORDS:
        a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(_shortened(a[i1:i2], first=not out, last=i2 == len(a)))
            continue
        if i2 > i1:
            out.append(("removed", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("added", "".join(b[j1:j2])))
    return out


def _shortened(words: list[str], *, first: bool, last: bool) -> list[tuple[str, str]]:
    """An unchanged run: whole when short, else its ends around a ``skipped`` piece (at the start or
    end of the text only the side next to a change is kept)."""
    keep = _CONTEXT_WORDS
    if len(words) <= 2 * keep:
        return [("same", "".join(words))]
    head = [] if first else [("same", "".join(words[:keep]))]
    tail = [] if last else [("same", "".join(words[-keep:]))]
    return [*head, ("skipped", "…"), *tail]


__all__ = ["VERSION_FIELDS", "changes", "history", "prune", "retract", "stored_hashes"]
