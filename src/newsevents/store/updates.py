"""GDELT-style update files: the store's new events and mentions as GDELT 2.0's 15-minute update stream.

GDELT 2.0 publishes, every 15 minutes, ``YYYYMMDDHHMMSS.export.CSV.zip`` (the events first added in the
interval) and ``YYYYMMDDHHMMSS.mentions.CSV.zip`` (every mention added in it, of new and of older
events), appends both to ``masterfilelist.txt`` and names them in ``lastupdate.txt``, one file a line as
``SIZE MD5 URL``. ``publish(store, directory)`` writes the same into ``directory`` (each zip holds one
tab-separated, header-less ``.CSV`` in the columns of ``store.gdelt``), so a script written for GDELT's
stream (poll ``lastupdate.txt``, fetch the zips, read them with a tab separator and no header) follows a
newsevents mirror unchanged; ``newsevents serve --updates DIR`` serves the directory.

**Intervals.** One pair of files per 15-minute interval on GDELT's grid (minutes 00, 15, 30, 45, UTC) in
which rows were added (``events.added_at``, ``mentions.ingested_at``), stamped with the interval's start:
the ``DATEADDED`` the export gives those events, so a file's name and its rows agree. An interval is
published once it is over (``now`` at or past its end), so a stamp is never used twice and a listed file
never changes: rows added at 10:07 go out in the 10:00 files on the first call after 10:15. Intervals in
which nothing was added get no files (GDELT's own stream has gaps too).

**The cursor is the directory:** the newest stamp listed in ``masterfilelist.txt``. An interval is written
as both zips (each under a temporary name, then renamed), then their two lines appended to
``masterfilelist.txt`` in one write, then ``lastupdate.txt`` replaced. A crash before the append leaves
unlisted files that the next call writes again; a torn append (half a pair, a line without its end) is
cut off and redone; a stale ``lastupdate.txt`` is rewritten. So every row is listed exactly once. One
publisher per directory. Rows are chosen by the time the store stamped them, read from one snapshot
taken after ``now``: call ``publish`` from the writing process between commits (``watch`` does, after
each round) or from another process (DuckDB lets no other process read while one writes).

GDELT's third file of an update, the Global Knowledge Graph, has no counterpart here: ``lastupdate.txt``
has two lines, export then mentions, as GDELT's first two.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import os
import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsevents.errors import ConfigError, StoreError
from newsevents.store.database import Database
from newsevents.store.gdelt import events_sql, mentions_sql, register

# Where the lines' URLs point unless told: what `newsevents serve --updates DIR` answers at its default
# address. A public mirror passes its own (`--base-url https://mirror.example.org/updates/`).
DEFAULT_BASE_URL = "http://127.0.0.1:8000/updates/"
MASTER_LIST = "masterfilelist.txt"
LAST_UPDATE = "lastupdate.txt"
INTERVAL = dt.timedelta(minutes=15)  # GDELT 2.0's update cadence
_STAMP = "%Y%m%d%H%M%S"
# The names publish() writes, and so the only ones `serve --updates` answers (not its temporary files).
PUBLISHED_NAME = re.compile(r"\d{14}\.(?:export|mentions)\.CSV\.zip|masterfilelist\.txt|lastupdate\.txt")
_LINE = re.compile(
    r"(?P<size>\d+) (?P<md5>[0-9a-f]{32}) (?P<url>\S*?(?P<stamp>\d{14})\.(?P<kind>export|mentions)\.CSV\.zip)"
)
_BATCH_ROWS = 50_000  # rows per Arrow batch read from DuckDB while a zip is written

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True, slots=True)
class Update:
    """One interval's pair of files: rows added in [``start``, ``end``), UTC."""

    stamp: str  # YYYYMMDDHHMMSS of ``start``, the files' prefix
    start: dt.datetime
    end: dt.datetime
    export: Path
    mentions: Path
    num_events: int
    num_mentions: int


@dataclasses.dataclass(frozen=True, slots=True)
class Published:
    """What one ``publish`` call wrote: one ``Update`` per interval, oldest first."""

    updates: tuple[Update, ...]

    @property
    def files(self) -> tuple[Path, ...]:
        return tuple(p for u in self.updates for p in (u.export, u.mentions))

    @property
    def start(self) -> dt.datetime:
        return self.updates[0].start

    @property
    def end(self) -> dt.datetime:
        return self.updates[-1].end

    @property
    def num_events(self) -> int:
        return sum(u.num_events for u in self.updates)

    @property
    def num_mentions(self) -> int:
        return sum(u.num_mentions for u in self.updates)


@dataclasses.dataclass(frozen=True, slots=True)
class _Listing:
    """What ``masterfilelist.txt`` says: its newest complete pair of lines, and where that pair ends."""

    stamp: str | None
    lines: tuple[str, str] | None
    end: int


def interval_start(moment: dt.datetime) -> dt.datetime:
    """The start of the 15-minute interval holding ``moment``, as naive UTC (the store's timestamps)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def publish(
    store: Database | str | os.PathLike[str],
    directory: str | os.PathLike[str],
    *,
    base_url: str | None = None,
    now: dt.datetime | None = None,
) -> Published | None:
    """Write the update files of every interval that is over (before ``now``, default the clock) and
    not yet listed in ``directory``'s ``masterfilelist.txt``; ``None`` when there is none.

    ``store``: the store's ``Database`` (the writer's own, from a watching process) or its path.
    ``base_url``: the URLs' prefix in the lists (default: that of the newest listed file, else
    ``DEFAULT_BASE_URL``). ``now``: naive means UTC. Raises ``StoreError`` for a missing store, a
    directory it cannot write or a ``masterfilelist.txt`` not in GDELT's layout (never rewritten),
    ``ConfigError`` for a bad ``base_url``.
    """
    # The cutoff comes before the snapshot: a commit that starts after it stamps its rows later, in an
    # interval not over yet. (One running meanwhile in another thread could be missed: hence "between
    # commits" in the module docstring.)
    cutoff = interval_start(now if now is not None else dt.datetime.now(dt.UTC))
    folder = Path(directory)
    database = store if isinstance(store, Database) else Database(Path(store))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        listing = _repair(folder)
        base = _base_url(base_url, listing)
        first = _parse_stamp(listing.stamp) + INTERVAL if listing.stamp else None
        with database.read() as con:
            con.execute("BEGIN TRANSACTION")  # one snapshot for every file of this call
            try:
                starts = _pending(con, first, cutoff)
                if starts:
                    register(con)
                updates = tuple(_publish_interval(con, folder, start, base) for start in starts)
            finally:
                con.execute("ROLLBACK")
    except OSError as exc:  # a directory that cannot be written, a full disk: nothing more is listed
        raise StoreError(f"cannot publish into {folder}: {exc}") from exc
    finally:
        if database is not store:
            database.close()
    return Published(updates) if updates else None


def _pending(con: Any, first: dt.datetime | None, cutoff: dt.datetime) -> list[dt.datetime]:
    """Starts of the intervals in [``first``, ``cutoff``) in which an event or a mention was added."""
    rows = con.execute(
        "SELECT DISTINCT time_bucket(INTERVAL 15 MINUTE, t) AS start FROM ("
        "SELECT added_at AS t FROM events UNION ALL SELECT ingested_at FROM mentions"
        ") WHERE t >= ? AND t < ? ORDER BY start",
        [first or dt.datetime(1, 1, 1), cutoff],
    ).fetchall()
    return [row[0] for row in rows]


def _publish_interval(con: Any, folder: Path, start: dt.datetime, base: str) -> Update:
    """Both zips of the interval at ``start``, then their lines: the append is what publishes them."""
    end = start + INTERVAL
    stamp = start.strftime(_STAMP)
    lower, upper = (f"TIMESTAMP '{t:%Y-%m-%d %H:%M:%S}'" for t in (start, end))
    export, events = _write_zip(
        con, events_sql(f"e.added_at >= {lower} AND e.added_at < {upper}"), folder, f"{stamp}.export.CSV"
    )
    mentions, mention_count = _write_zip(
        con,
        mentions_sql(f"m.ingested_at >= {lower} AND m.ingested_at < {upper}"),
        folder,
        f"{stamp}.mentions.CSV",
    )
    lines = (_line(export, base), _line(mentions, base))
    with (folder / MASTER_LIST).open("ab") as handle:
        handle.write("".join(f"{line}\n" for line in lines).encode("ascii"))
        handle.flush()
        os.fsync(handle.fileno())
    _write_last_update(folder, lines)
    return Update(stamp, start, end, export, mentions, events, mention_count)


def _write_zip(con: Any, sql: str, folder: Path, member: str) -> tuple[Path, int]:
    """``folder/<member>.zip`` holding ``member``: one line per row of ``sql``; returns (path, rows)."""
    target = folder / f"{member}.zip"
    temporary = folder / f".{member}.zip.tmp"
    # The entry's date is the interval's, not the clock's: the same rows give the same bytes.
    info = zipfile.ZipInfo(member, date_time=dt.datetime.strptime(member[:14], _STAMP).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    count = 0
    with zipfile.ZipFile(temporary, "w") as archive, archive.open(info, "w", force_zip64=True) as out:
        for batch in con.sql(sql).to_arrow_reader(_BATCH_ROWS):
            lines = batch.column(0).to_pylist()
            if lines:
                out.write(("\n".join(lines) + "\n").encode("utf-8"))
                count += len(lines)
    _replace(temporary, target)
    return target, count


def _line(path: Path, base: str) -> str:
    """``SIZE MD5 URL`` of a written file, GDELT's line."""
    digest = hashlib.md5(usedforsecurity=False)  # GDELT's checksum; integrity, not security
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"{path.stat().st_size} {digest.hexdigest()} {base}{path.name}"


def _write_last_update(folder: Path, lines: tuple[str, str]) -> None:
    temporary = folder / f".{LAST_UPDATE}.tmp"
    temporary.write_bytes("".join(f"{line}\n" for line in lines).encode("ascii"))
    _replace(temporary, folder / LAST_UPDATE)


def _replace(temporary: Path, target: Path) -> None:
    """Move a finished file into place durably: its bytes on disk first, then the rename."""
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    if hasattr(os, "O_DIRECTORY"):  # POSIX: the rename itself reaches the disk with its directory
        fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _read_listing(path: Path) -> _Listing:
    """Parse ``masterfilelist.txt``: export and mentions lines in pairs, stamps increasing. Only the end
    may be incomplete (a crash mid-append); anything else malformed is an error, never rewritten."""
    data = path.read_bytes() if path.exists() else b""
    stamp: str | None = None
    pair: tuple[str, str] | None = None
    good = offset = 0
    pending: re.Match[str] | None = None
    for number, raw in enumerate(data.splitlines(keepends=True), start=1):
        offset += len(raw)
        text = raw.decode("utf-8", "replace").rstrip("\n")
        if not raw.endswith(b"\n"):
            break  # a torn last line: only an interrupted append leaves one
        match = _LINE.fullmatch(text)
        if match is None:
            raise StoreError(f"{path}, line {number}: not GDELT's `SIZE MD5 URL` of an update file")
        if match["kind"] == "export" and pending is None and (stamp is None or match["stamp"] > stamp):
            pending = match
        elif match["kind"] == "mentions" and pending is not None and match["stamp"] == pending["stamp"]:
            stamp, pair, good, pending = match["stamp"], (pending.group(0), text), offset, None
        else:
            raise StoreError(
                f"{path}, line {number}: expected an export line then its mentions line, stamps increasing"
            )
    return _Listing(stamp, pair, good)


def _repair(folder: Path) -> _Listing:
    """The listing, after cutting off a torn end of ``masterfilelist.txt`` and rewriting a
    ``lastupdate.txt`` that does not name its newest pair (a crash between the two writes)."""
    master = folder / MASTER_LIST
    listing = _read_listing(master)
    if master.exists() and master.stat().st_size > listing.end:
        log.warning("%s: cutting off an incomplete last entry (an interrupted publication)", master)
        with master.open("r+b") as handle:
            handle.truncate(listing.end)
            os.fsync(handle.fileno())
    last = folder / LAST_UPDATE
    if listing.lines is not None:
        expected = "".join(f"{line}\n" for line in listing.lines)
        if not last.exists() or last.read_text(encoding="ascii", errors="replace") != expected:
            _write_last_update(folder, listing.lines)
    return listing


def _base_url(given: str | None, listing: _Listing) -> str:
    if given is None:
        if listing.lines is None:
            return DEFAULT_BASE_URL
        url = listing.lines[1].split(" ")[2]
        return url[: url.rfind("/") + 1]
    parts = urlsplit(given)
    if parts.scheme not in ("http", "https", "file") or any(c.isspace() for c in given):
        raise ConfigError(f"--base-url: {given!r} is not an http(s) or file URL without spaces")
    return given if given.endswith("/") else f"{given}/"


def _parse_stamp(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, _STAMP)


__all__ = [
    "DEFAULT_BASE_URL",
    "INTERVAL",
    "LAST_UPDATE",
    "MASTER_LIST",
    "PUBLISHED_NAME",
    "Published",
    "Update",
    "interval_start",
    "publish",
]
