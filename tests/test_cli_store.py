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


def test_events_paging_sorting_and_quotes(cli: CliCall, tmp_path: Path) -> None:
    """`events --offset/--sort` (the HTTP API's paging) and quotes without SQL (issue 13, point 3)."""
    db = tmp_path / "demo.duckdb"
    assert cli("ingest", str(EXAMPLES_DIR), "--db", str(db)).exit_code == 0

    def jsonl(*args: str) -> list[dict[str, Any]]:
        result = cli(*args, "--db", str(db), "--format", "jsonl")
        assert result.exit_code == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    ranked = jsonl("events", "--sort", "-goldstein")
    scores = [r["goldstein"] for r in ranked]
    assert len(ranked) > 3 and scores == sorted(scores, reverse=True)
    page = jsonl("events", "--sort", "-goldstein", "--offset", "1", "--limit", "2")
    assert [r["id"] for r in page] == [r["id"] for r in ranked[1:3]]
    bad = cli("events", "--db", str(db), "--sort", "colour")
    assert bad.exit_code == 2 and "-goldstein" in bad.stderr


def test_quotes_command_and_export(cli: CliCall, tmp_path: Path) -> None:
    from newsevents.records import Actor, Article, ArticleResult, Quote
    from newsevents.store import Database, ingest_results

    db = tmp_path / "quotes.duckdb"
    envoy = Actor("the envoy", "Lee Envoy", "KOR", "GOV", "KORGOV")
    minister = Actor("the minister", "Ana Minister", "PRT", "GOV", "PRTGOV")
    results = [
        ArticleResult(
            Article(
                id=f"a{n}", text=f"Lead {n}.\nNothing coded.", source="Gazette", published=f"2020-0{n}-01"
            ),
            (),
            (Quote(speaker, words, 0, len(words), "said"),),
        )
        for n, speaker, words in ((1, envoy, "=2+2 talks resume"), (2, minister, "no deal yet"))
    ]
    database = Database(db)
    try:
        ingest_results(results, database)
    finally:
        database.close()

    def jsonl(*args: str) -> list[dict[str, Any]]:
        result = cli(*args, "--db", str(db), "--format", "jsonl")
        assert result.exit_code == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    assert [q["article_id"] for q in jsonl("quotes")] == ["a2", "a1"]  # newest first
    assert [q["speaker_code"] for q in jsonl("quotes", "--speaker", "envoy")] == ["KORGOV"]
    assert [q["quote"] for q in jsonl("quotes", "--country", "PRT", "--since", "2020-02")] == ["no deal yet"]
    assert [q["article_id"] for q in jsonl("quotes", "--offset", "1", "--limit", "1")] == ["a1"]
    table = cli("quotes", "--db", str(db))
    assert table.exit_code == 0 and "Lee Envoy" in table.stdout
    as_csv = cli("quotes", "--db", str(db), "--format", "csv")
    assert "'=2+2 talks resume" in as_csv.stdout  # a formula-like cell is neutralised
    out = tmp_path / "quotes.csv"
    exported = cli("export", "--format", "quotes", "--out", str(out), "--db", str(db))
    assert exported.exit_code == 0, exported.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [r["quote"] for r in rows] == ["no deal yet", "'=2+2 talks resume"]


def test_dyad_needs_two_countries(cli: CliCall, tmp_path: Path) -> None:
    result = cli("events", "--db", str(tmp_path / "x.duckdb"), "--dyad", "USA")
    assert result.exit_code == 2
    assert "--dyad" in result.stderr
