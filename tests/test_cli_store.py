"""The store commands end to end, the way `make demo` runs them (issue 5): ingest the bundled examples,
list the events as a table and as data, query with SQL, export, upgrade."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "examples"
CliCall = Callable[..., Any]  # the `cli` fixture of tests/conftest.py


def test_demo_path(cli: CliCall, tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    first = cli("ingest", str(EXAMPLES_DIR), "--db", str(db))
    assert first.exit_code == 0, first.stderr
    assert "added 6" in first.stdout
    again = cli("ingest", str(EXAMPLES_DIR), "--db", str(db))
    assert "added 0" in again.stdout and "already stored 6" in again.stdout

    table = cli("events", "--db", str(db))
    assert table.exit_code == 0, table.stderr
    assert "USAGOV" in table.stdout and "2019-06-30" in table.stdout
    assert "00:00:00" not in table.stdout  # event dates print as dates

    rows = [
        json.loads(line)
        for line in cli(
            "events", "--db", str(db), "--dyad", "USA", "--dyad", "PRK", "--format", "jsonl"
        ).stdout.splitlines()
    ]
    assert rows and all({r["actor1_country"], r["actor2_country"]} == {"USA", "PRK"} for r in rows)

    frame = cli("sql", "SELECT id, authors, published FROM articles ORDER BY id", "--db", str(db))
    assert frame.exit_code == 0, frame.stderr
    assert "panmunjom-2019-06-30" in frame.stdout

    out = tmp_path / "events.tsv"
    exported = cli("export", "--format", "gdelt", "--out", str(out), "--db", str(db))
    assert exported.exit_code == 0, exported.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)

    as_csv = cli("events", "--db", str(db), "--root", "04", "--format", "csv")
    records = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert records and all(r["root"] == "04" for r in records)

    assert cli("db", "upgrade", "--db", str(db)).exit_code == 0


def test_dyad_needs_two_countries(cli: CliCall, tmp_path: Path) -> None:
    result = cli("events", "--db", str(tmp_path / "x.duckdb"), "--dyad", "USA")
    assert result.exit_code == 2
    assert "--dyad" in result.stderr
