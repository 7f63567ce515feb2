"""``watch --updates DIR`` publishes GDELT-style update files after each round (issue 15, point 3 wired to
points 1-2): rows stored in a 15-minute interval go out once the interval has closed."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import duckdb
from stories import MISSILE, TRADE

from newsevents.config import Settings
from newsevents.live import WatchOptions, watch


def _age(db: Path) -> None:
    """Move what is stored back one hour, as if the round had run then (the interval is closed now)."""
    con = duckdb.connect(str(db))
    con.execute("UPDATE events SET added_at = added_at - INTERVAL 1 HOUR")
    con.execute("UPDATE mentions SET ingested_at = ingested_at - INTERVAL 1 HOUR")
    con.close()


def _event_ids(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        (name,) = archive.namelist()
        lines = archive.read(name).decode("utf-8").splitlines()
    return {line.split("\t")[0] for line in lines}


def test_rounds_publish_the_closed_intervals(
    tmp_path: Path, local_settings: Settings, quick: WatchOptions
) -> None:
    folder, db, updates = tmp_path / "in", tmp_path / "x.duckdb", tmp_path / "updates"
    folder.mkdir()
    (folder / "01-trade.txt").write_text("\n\n".join(TRADE))
    options = dataclasses.replace(quick, updates=str(updates))
    watch([str(folder)], db, local_settings, options, log=lambda _: None)
    assert updates.is_dir() and not list(updates.glob("*.zip"))  # the interval is still open
    _age(db)
    (folder / "02-missile.txt").write_text("\n\n".join(MISSILE))
    watch([str(folder)], db, local_settings, options, log=lambda _: None)
    exports = sorted(updates.glob("*.export.CSV.zip"))
    assert len(exports) == 1 and (updates / "lastupdate.txt").is_file()
    con = duckdb.connect(str(db), read_only=True)
    old = "added_at < now()::TIMESTAMP - INTERVAL 30 MINUTE"
    aged = {str(i) for (i,) in con.execute(f"SELECT id FROM events WHERE {old}").fetchall()}
    fresh = con.execute(f"SELECT count(*) FROM events WHERE NOT ({old})").fetchone()
    con.close()
    # The first round's events went out; the second round's wait for their interval to close.
    assert aged and _event_ids(exports[0]) == aged and fresh is not None and fresh[0] > 0
