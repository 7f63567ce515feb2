"""The store's side of live mode: reads beside an open write, and near copies found across runs."""

from __future__ import annotations

import threading
from pathlib import Path

from stories import TRADE, copied

from newsevents.ingest.dedup import Deduplicator
from newsevents.ingest.text import make_article
from newsevents.records import Article
from newsevents.store.database import Database


def test_reads_do_not_wait_for_a_write_transaction(tmp_path: Path) -> None:
    database = Database(tmp_path / "s.duckdb")
    with database.write() as con:
        con.execute("INSERT INTO meta VALUES ('note', 'committed')")
    inside, release = threading.Event(), threading.Event()

    def write() -> None:
        with database.write() as con:
            con.execute("UPDATE meta SET value = 'pending' WHERE key = 'note'")
            inside.set()
            release.wait(30)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert inside.wait(30)
        seen: list[object] = []
        reader = threading.Thread(target=lambda: seen.append(_note(database)))
        reader.start()
        reader.join(10)
        # The read answered while the write was open, with the last committed value (serve --watch).
        assert not reader.is_alive() and seen == ["committed"]
    finally:
        release.set()
        writer.join()
    assert _note(database) == "pending"
    database.close()


def _note(database: Database) -> object:
    with database.read() as con:
        row = con.execute("SELECT value FROM meta WHERE key = 'note'").fetchone()
    return row[0] if row else None


def _story(paragraphs: list[str], name: str, outlet: str) -> Article:
    found = make_article("\n\n".join(paragraphs), id=name, origin=f"{name}.txt", source=outlet)
    assert isinstance(found, Article)
    return found


def test_a_remembered_article_is_found_as_the_original() -> None:
    earlier = _story(TRADE, "trade-monday", "Lakeside Courier")
    later = _story(copied(TRADE), "trade-tuesday", "Harbour Times")
    yesterday = Deduplicator()
    assert yesterday.check(earlier) is earlier
    today = Deduplicator()  # a new run: knows yesterday's article only through its fingerprint
    today.remember(yesterday.fingerprint(earlier))
    checked = today.check(later)
    assert isinstance(checked, Article) and checked.duplicate_of == "trade-monday"
    fresh = Deduplicator().check(later)  # without it, the same article is an original
    assert isinstance(fresh, Article) and fresh.duplicate_of is None
