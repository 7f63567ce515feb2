"""The one class that owns a store's DuckDB file.

DuckDB's rule: one process may open a file for writing, and then no other process may open it at all;
any number of processes may open it read-only when nobody writes. ``Database`` follows it:

* reads go through one lazily opened read-only connection per ``Database``, one cursor per use (cursors
  are DuckDB's thread-safe handles), or through the writer's connection when this object already holds it;
* writes are serialized by a lock and each ``write()`` block is one transaction: committed whole or rolled
  back, and DuckDB's write-ahead log makes a committed transaction survive a ``kill -9`` while an
  uncommitted one disappears on the next open.

A ``sandboxed`` database (``newsevents sql``, ``Store.sql()``) opens its file with DuckDB's external
access switched off and its configuration locked: a query can read the store and nothing else, so
``read_csv('/etc/passwd')``, ``COPY ... TO``, ``EXPORT DATABASE``, ``ATTACH`` and ``INSTALL`` fail.

The schema version is checked whenever the file is opened: a newer file raises ``SchemaVersionError``, an
older one ``StoreError`` asking for ``newsevents db upgrade`` (``upgrade()``), so a store is never
silently rebuilt.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from newsevents.errors import SchemaVersionError, StoreError
from newsevents.store.schema import MIGRATIONS, SCHEMA_VERSION

# Settings of a sandboxed connection. The lock comes last: once set, a query cannot switch the rest back.
SANDBOX = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def _version(con: duckdb.DuckDBPyConnection) -> int:
    """The file's schema version; 0 for a file without our tables."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchall()
    if not has_meta[0][0]:
        return 0
    row = next(iter(con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()), None)
    return int(row[0]) if row else 0


class Database:
    """A store file: read-only cursors for queries, one serialized writer, transactions.

    ``Database(path)`` opens nothing; the first read or write does. ``migrations`` is for tests of the
    upgrade path (defaults to the real ``schema.MIGRATIONS``). ``sandboxed``: no access outside the file.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        migrations: Sequence[Sequence[str]] = MIGRATIONS,
        sandboxed: bool = False,
    ) -> None:
        self.path = Path(path)
        self.sandboxed = sandboxed
        self._migrations = tuple(tuple(m) for m in migrations)
        self._target = len(self._migrations)
        self._writer: duckdb.DuckDBPyConnection | None = None
        self._reader: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.RLock()
        # While this object writes, reads take cursors of a connection made from the writer, under their
        # own lock: a read need not wait for a write transaction to end (``serve --watch``).
        self._readers_of_writer: duckdb.DuckDBPyConnection | None = None
        self._cursor_lock = threading.Lock()

    # -- opening -------------------------------------------------------------------------------------

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        config = SANDBOX if self.sandboxed else {}
        try:
            return duckdb.connect(str(self.path), read_only=read_only, config=dict(config))
        except duckdb.Error as exc:
            from newsevents.store.lock import lock_message

            mode = "read" if read_only else "write"
            held = lock_message(self.path, str(exc))
            raise StoreError(held or f"cannot open the store {self.path} to {mode}: {exc}") from exc

    def _check_version(self, con: duckdb.DuckDBPyConnection) -> int:
        found = _version(con)
        if found > self._target:
            raise SchemaVersionError(
                f"{self.path} has schema version {found}, newer than this newsevents ({self._target}); "
                "upgrade newsevents to use it"
            )
        if 0 < found < self._target:
            raise StoreError(
                f"{self.path} has schema version {found}, this newsevents needs {self._target}: "
                "run `newsevents db upgrade` first (back the file up before)"
            )
        return found

    def _writer_connection(self) -> duckdb.DuckDBPyConnection:
        if self._writer is None:
            if self._reader is not None:
                # DuckDB refuses two configurations of one file in a process: give the reader up.
                self._reader.close()
                self._reader = None
            con = self._connect(read_only=False)
            try:
                if self._check_version(con) == 0:
                    self._apply(con, 0)
            except BaseException:
                con.close()
                raise
            self._readers_of_writer = con.cursor()
            self._writer = con
        return self._writer

    def _apply(self, con: duckdb.DuckDBPyConnection, start: int) -> None:
        """Run migrations ``start`` .. target, each in its own transaction with its version bump."""
        for version in range(start, self._target):
            con.execute("BEGIN TRANSACTION")
            try:
                for statement in self._migrations[version]:
                    con.execute(statement)
                con.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [str(version + 1)],
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    # -- public --------------------------------------------------------------------------------------

    def exists(self) -> bool:
        """Whether the file is there (a read of a missing store is an error, a write creates it)."""
        return self.path.exists()

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor that sees the last committed state. Read-only unless this object is writing."""
        with self._cursor_lock:
            shared = self._readers_of_writer
            cursor = shared.cursor() if shared is not None else None
        if cursor is not None:
            try:
                yield cursor
            finally:
                cursor.close()
            return
        with self._lock:
            if self._writer is not None:
                cursor = self._writer.cursor()
            else:
                if self._reader is None:
                    if not self.exists():
                        raise StoreError(f"no store at {self.path} (create it with `newsevents ingest`)")
                    con = self._connect(read_only=True)
                    try:
                        self._check_version(con)
                    except BaseException:
                        con.close()
                        raise
                    self._reader = con
                cursor = self._reader.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction on the single writer: committed if the block ends, rolled back if it raises."""
        with self._lock:
            con = self._writer_connection()
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def version(self) -> int:
        """The file's schema version (0 when it does not exist yet)."""
        if not self.exists():
            return 0
        with self._lock:
            con = self._writer or self._reader
            if con is not None:
                return _version(con)
            con = self._connect(read_only=True)
            try:
                return _version(con)
            finally:
                con.close()

    def upgrade(self) -> tuple[int, int]:
        """Migrate the file forward to this code's version; returns (version before, version after)."""
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            con = self._writer or self._connect(read_only=False)
            try:
                before = _version(con)
                if before > self._target:
                    raise SchemaVersionError(
                        f"{self.path} has schema version {before}, newer than this newsevents "
                        f"({self._target})"
                    )
                self._apply(con, before)
                return before, _version(con)
            finally:
                if con is not self._writer:
                    con.close()

    def close(self) -> None:
        """Close both connections (a checkpoint folds the write-ahead log into the file)."""
        with self._lock:
            with self._cursor_lock:
                if self._readers_of_writer is not None:
                    self._readers_of_writer.close()
                self._readers_of_writer = None
            for con in (self._writer, self._reader):
                if con is not None:
                    con.close()
            self._writer = self._reader = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Database", "SCHEMA_VERSION"]
