"""Issue 15: ``watch`` killed with SIGKILL in the middle of a round, then started again, leaves the same
store as a run that was never interrupted (timestamps aside)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from stories import FLOOD, MISSILE, PROTEST, TRADE, copied

from newsevents.store import upgrade

# Every table watch writes, with the columns that say when (not what) left out.
_TABLES = {
    "articles": "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id",
    "events": "SELECT * EXCLUDE (added_at) FROM events ORDER BY id",
    "mentions": "SELECT * EXCLUDE (ingested_at) FROM mentions ORDER BY id",
    "rejections": "SELECT * EXCLUDE (ingested_at) FROM rejections ORDER BY key",
    "watch_seen": "SELECT * EXCLUDE (seen_at) FROM watch_seen ORDER BY key",
    "signatures": "SELECT * EXCLUDE (added_at) FROM signatures ORDER BY seq",
}
_STORIES = {"trade": TRADE, "protest": PROTEST, "missile": MISSILE, "flood": FLOOD}


def _folder(root: Path) -> Path:
    """Twelve articles: four stories, their copies by other outlets, and an empty file."""
    folder = root / "incoming"
    folder.mkdir()
    for n, (name, story) in enumerate(_STORIES.items()):
        (folder / f"{n:02d}-{name}.txt").write_text("\n\n".join(story))
        copy = {"id": f"{name}-copy", "source": "Harbour Times", "text": "\n\n".join(copied(story))}
        (folder / f"{n + 4:02d}-{name}-copy.jsonl").write_text(json.dumps(copy) + "\n")
        (folder / f"{n + 8:02d}-{name}-again.txt").write_text("\n\n".join([*story[1:], story[0]]))
    (folder / "12-empty.txt").write_text("")
    return folder


def _watch(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    """``newsevents watch FOLDER --once`` in a child process, one article per commit; its stderr goes to
    ``DB.log``."""
    env = {**os.environ, "NEWSEVENTS_BATCH_SIZE": "1", "NEWSEVENTS_PUBLISHED": "2026-11-30"}
    code = "from newsevents.cli import main; main()"
    with open(f"{db}.log", "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-c", code, "watch", str(folder), "--db", str(db), "--once"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def _finished(process: subprocess.Popen[bytes], db: Path) -> None:
    assert process.wait(timeout=300) == 0, Path(f"{db}.log").read_text()


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {table: con.execute(sql).fetchall() for table, sql in _TABLES.items()}


def _killed_after_first_commit(folder: Path, db: Path) -> None:
    upgrade(db)  # created and closed beforehand: its write-ahead log appears with the first commit
    wal = Path(f"{db}.wal")
    process = _watch(folder, db)
    deadline = time.monotonic() + 120
    while not (wal.exists() and wal.stat().st_size > 0):
        assert process.poll() is None, Path(f"{db}.log").read_text()
        assert time.monotonic() < deadline, "no commit within 120 s"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_kill_and_resume_matches_an_uninterrupted_run(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    whole = tmp_path / "whole.duckdb"
    straight = _watch(folder, whole)
    _finished(straight, whole)
    expected = _snapshot(whole)
    assert len(expected["articles"]) == 12 and len(expected["watch_seen"]) == 13

    resumed = tmp_path / "resumed.duckdb"
    _killed_after_first_commit(folder, resumed)
    partial = _snapshot(resumed)
    # Mid-round means some of the round's commits landed and not all. The first commit need not hold an
    # article: under load the empty file's rejection (no parse) can be committed first, so count what
    # the round marked seen (one row per file committed), not articles.
    assert 0 < len(partial["watch_seen"]) < 13, "the kill did not land in the middle of the round"
    again = _watch(folder, resumed)
    _finished(again, resumed)
    assert _snapshot(resumed) == expected


def test_sigterm_stops_after_the_articles_in_hand(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "stopped.duckdb"
    upgrade(db)
    wal = Path(f"{db}.wal")
    env = {**os.environ, "NEWSEVENTS_BATCH_SIZE": "1", "NEWSEVENTS_PUBLISHED": "2026-11-30"}
    code = "from newsevents.cli import main; main()"
    with open(f"{db}.log", "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", code, "watch", str(folder), "--db", str(db), "--every", "1h"],
            env=env, stdout=subprocess.DEVNULL, stderr=log,
        )
    deadline = time.monotonic() + 120
    while not (wal.exists() and wal.stat().st_size > 0):
        assert process.poll() is None and time.monotonic() < deadline, Path(f"{db}.log").read_text()
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _finished(process, db)  # exit code 0, although --every would have gone on for hours
    said = Path(f"{db}.log").read_text()
    assert "SIGTERM: stopping" in said and "stopped early" in said
    stopped = _snapshot(db)
    assert 0 < len(stopped["articles"]) < 12
    # Each file gives one article: what was committed is marked seen, and nothing else.
    assert len(stopped["watch_seen"]) == len(stopped["articles"])
