"""Issue 15: when another process holds the store, ``ingest`` and ``watch`` say so in one line, naming
the process and what to do, instead of DuckDB's traceback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import Result

from newsevents.store.lock import command_of, lock_holder, lock_message

_HOLD = (
    "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('holding', flush=True); "
    "time.sleep(120)"
)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A store held open for writing by another process; yields the path and that process's PID."""
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    yield db, holder.pid
    holder.kill()
    holder.wait()
    holder.stdout.close()


@pytest.mark.parametrize("command", ["ingest", "watch"])
def test_a_held_store_is_named_in_one_line(
    cli: Callable[..., Result], held: tuple[Path, int], tmp_path: Path, command: str
) -> None:
    db, pid = held
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "note.txt"
    source.write_text("Kenya signed a trade agreement with Tanzania on Monday.")
    args = [str(source)] if command == "ingest" else [str(tmp_path / "in"), "--once"]
    result = cli(command, *args, "--db", str(db))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"in use by another process (PID {pid}: " in lines[0] and "time.sleep" in lines[0]
    assert "serve --watch" in lines[0] and "Traceback" not in result.output


def test_lock_message_parts(tmp_path: Path) -> None:
    duckdb_says = (
        'IO Error: Could not set lock on file "x.duckdb": Conflicting lock is held in '
        "/usr/bin/python3.11 (PID 4242). See also https://duckdb.org/docs"
    )
    assert lock_holder(duckdb_says) == ("/usr/bin/python3.11", 4242)
    assert lock_holder("IO Error: disk full") is None
    assert lock_message("x.duckdb", "Catalog Error: no table") is None
    proc = tmp_path / "proc"
    (proc / "4242").mkdir(parents=True)
    (proc / "4242" / "cmdline").write_bytes(b"/usr/bin/python3\0-m\0newsevents\0serve\0")
    assert command_of(4242, proc) == "/usr/bin/python3 -m newsevents serve"
    assert command_of(4243, proc) is None
