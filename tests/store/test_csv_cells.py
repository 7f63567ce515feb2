"""Every CSV newsevents writes is safe to open in a spreadsheet (issue 12: formula injection)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from starlette.testclient import TestClient
from store_factories import corpus, fake_analyzer

from newsevents import csvcells
from newsevents.store import export, ingest_items
from newsevents.store.database import Database
from newsevents.web import create_app

CliCall = Callable[..., Any]
FORMULAS = ["=HYPERLINK(\"http://x.test\",\"y\")", "+1+1", "-2+cmd", "@SUM(A1)", "\t=1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_text_that_starts_a_formula_is_quoted(text: str) -> None:
    assert csvcells.cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Seoul", "", "a=b", -5.0, 3, None])
def test_other_values_pass_unchanged(value: object) -> None:
    assert csvcells.cell(value) == value


def test_booleans_are_lower_case_in_every_writer() -> None:
    assert (csvcells.cell(True), csvcells.cell(False)) == ("true", "false")
    frame = csvcells.frame(pd.DataFrame({"flag": [True, False]}))
    assert frame.to_csv(index=False) == "flag\ntrue\nfalse\n"


def test_frame_and_sql_follow_the_same_rule() -> None:
    data = pd.DataFrame({"name": ["=1+2", "Kim"], "goldstein": [-5.0, 3.4]})
    assert csvcells.frame(data).to_dict("list") == {"name": ["'=1+2", "Kim"], "goldstein": [-5.0, 3.4]}
    con = duckdb.connect()
    con.register("t", data)
    rows = con.execute(csvcells.sql(con, "SELECT * FROM t")).fetchall()
    assert rows == [("'=1+2", -5.0), ("Kim", 3.4)]


@pytest.fixture
def hostile_store(db: Path) -> Path:
    ingest_items(corpus(6), db, analyzer=fake_analyzer)
    with Database(db).write() as con:
        con.execute("UPDATE events SET actor1_text = '=HYPERLINK(\"http://x.test\")'")
    return db


def _cells(text: str) -> set[str]:
    return {cell for row in csv.reader(io.StringIO(text)) for cell in row}


def test_export_events_and_api_csv_are_neutralised(
    hostile_store: Path, tmp_path: Path, cli: CliCall
) -> None:
    out = tmp_path / "events.csv"
    export(hostile_store, "csv", out)
    written = {"export": out.read_text(encoding="utf-8")}
    written["events"] = cli("events", "--db", str(hostile_store), "--format", "csv").stdout
    query = "SELECT actor1_text FROM events"
    written["sql"] = cli("sql", query, "--db", str(hostile_store), "-f", "csv").stdout
    app = create_app(str(hostile_store))
    with TestClient(app) as client:
        written["api"] = client.get("/api/events.csv").text
    app.state.db.close()
    for name, text in written.items():
        cells = _cells(text)
        assert "'=HYPERLINK(\"http://x.test\")" in cells, name
        assert not any(c.startswith("=") for c in cells), name
