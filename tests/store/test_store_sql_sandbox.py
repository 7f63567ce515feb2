"""`newsevents sql` and `Store.sql()` see the store and nothing else (issue 12, safe SQL)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsevents.errors import StoreError
from newsevents.store import Store, run_sql
from newsevents.store.database import Database

CliCall = Callable[..., Any]  # the `cli` fixture of tests/conftest.py


@pytest.fixture
def store_file(db: Path) -> Path:
    with Database(db).write():  # creates the file with the schema
        pass
    return db


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.csv"
    secret.write_text("name,value\nkey,hunter2\n", encoding="utf-8")
    return secret


def test_the_store_itself_is_readable(store_file: Path) -> None:
    frame = run_sql(store_file, "SELECT count(*) AS n FROM events")
    assert frame.n.tolist() == [0]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_csv('{outside}')",
        "SELECT * FROM glob('{dir}/*')",
        "SELECT * FROM read_text('{outside}')",
        "COPY (SELECT 1) TO '{dir}/copied.csv'",
        "EXPORT DATABASE '{dir}/exported'",
        "ATTACH '{dir}/other.duckdb' AS other",
        "INSTALL httpfs",
        "SET enable_external_access = true",
        "RESET enable_external_access",
    ],
)
def test_nothing_outside_the_store(store_file: Path, outside: Path, query: str) -> None:
    statement = query.format(outside=outside, dir=outside.parent)
    with pytest.raises(StoreError, match="sql: "):
        run_sql(store_file, statement)
    with pytest.raises(StoreError):
        Store(store_file).sql(statement)
    assert sorted(p.name for p in outside.parent.iterdir()) == sorted(
        {"secret.csv", store_file.name} | {p.name for p in outside.parent.glob("events.duckdb*")}
    )


def test_allow_files_reads_a_file_but_still_writes_nothing(store_file: Path, outside: Path) -> None:
    frame = run_sql(store_file, f"SELECT value FROM read_csv('{outside}')", allow_files=True)
    assert frame.value.tolist() == ["hunter2"]
    with pytest.raises(StoreError, match="read-only"):
        run_sql(store_file, "CREATE TABLE x (a INTEGER)", allow_files=True)


def test_cli_refuses_files_with_a_clear_error(cli: CliCall, store_file: Path, outside: Path) -> None:
    result = cli("sql", f"SELECT * FROM read_csv('{outside}')", "--db", str(store_file))
    assert result.exit_code != 0
    assert "hunter2" not in result.stdout + result.stderr
    assert "disabled by configuration" in result.stderr
    allowed = cli("sql", f"SELECT value FROM read_csv('{outside}')", "--db", str(store_file), "--allow-files")
    assert allowed.exit_code == 0, allowed.stderr
    assert "hunter2" in allowed.stdout
