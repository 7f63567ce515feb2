"""Bulk load (issue 16): the Parquet layout, ``db import``, and the same store as per-article ingest."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from store_factories import article, code, corpus

from newsevents.errors import StoreError
from newsevents.records import ArticleResult, Quote, Rejection
from newsevents.store import Database, ingest_results, run_sql, summary
from newsevents.store.bulk import import_dir, write_results
from newsevents.store.dedup import parse_date
from newsevents.store.layout import COLUMNS

_TIMESTAMPS = {"added_at", "ingested_at"}
TABLES = {
    "articles": "id",
    "events": "id",
    "mentions": "id",
    "event_keys": "id",
    "actors": "article_id, n",
    "places": "article_id, n",
    "quotes": "article_id, n",
    "rejections": "key",
}


def snapshot(db: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for table, order in TABLES.items():
        frame = run_sql(db, f"SELECT * FROM {table} ORDER BY {order}")
        out[table] = frame.drop(columns=[c for c in frame.columns if c in _TIMESTAMPS])
    return out


def assert_same_store(a: Path, b: Path) -> None:
    left, right = snapshot(a), snapshot(b)
    for table in left:
        pd.testing.assert_frame_equal(left[table], right[table], obj=table)


def in_import_order(results: list[ArticleResult | Rejection]) -> list[ArticleResult | Rejection]:
    """The order ``db import`` takes articles in (``layout.ORDER``): by publication, undated last, then id."""

    def key(r: ArticleResult | Rejection) -> tuple[bool, str, str]:
        if isinstance(r, Rejection):
            return (False, "", "")
        day = parse_date(r.article.published)[0]
        return (day is None, day.isoformat() if day else "", r.article.id)

    return sorted(results, key=key)


def varied_results() -> list[ArticleResult | Rejection]:
    """Merging stories from several outlets, plus every case the import has to treat like ingest does."""
    results: list[ArticleResult | Rejection] = [code(a) for a in corpus(45)]
    quoted = code(article("quoted", "Kim met Moon in Panmunjom on 2019-02-03. Moon said it went well."))
    speaker = quoted.events[0].target
    quote = Quote(speaker, "it went well", 40, 52, "said")
    results.append(ArticleResult(quoted.article, quoted.events, (quote,)))
    # the same text under other ids: from another outlet a syndicated copy, from its outlet a rejection
    results.append(code(article("again", corpus(3)[2].text, source="Copycat", published="2019-01-02")))
    results.append(code(article("same-outlet", corpus(3)[2].text, source="Outlet 2", published="2019-01-03")))
    # no publication date, no dated event: undated events merge only with each other
    results.append(code(article("nodate-1", "Trump criticized Kim.", published=None)))
    results.append(code(article("nodate-2", "Trump criticized Kim. Moon met Guterres.", published=None)))
    # a month-precise report and a year-precise one
    results.append(code(article("month", "Trump met Kim on 2019-03.", published="2019-04-10")))
    results.append(code(article("year", "Moon met Kim on 2019.", published="2019-05-10")))
    kept = article("foreign", "Un texte en français.", published="2019-03-01")
    french = Rejection("foreign.txt", "not-english", "French", "foreign")
    results.append(ArticleResult(kept, rejection=french))
    results.append(Rejection("broken.txt", "invalid-json", "line 3 is not JSON"))
    return in_import_order(results)


def test_layout_has_the_stores_column_names_and_types(db: Path) -> None:
    with Database(db).write() as con:
        for table, columns in COLUMNS.items():
            stored = {r[0]: r[1] for r in con.execute(f"DESCRIBE {table}").fetchall()}
            for name, kind in columns:
                if (table, name) != ("mentions", "n"):  # the layout's own: position in the article
                    assert stored[name] == kind, (table, name)
            derived = set(stored) - {c for c, _ in columns}
            assert derived <= {"ingested_at", "event_id"}, table


def test_import_gives_the_store_per_article_ingest_gives(tmp_path: Path) -> None:
    results = varied_results()
    write_results(results, tmp_path / "parquet")
    assert (tmp_path / "parquet/articles/year=2019/month=1").is_dir()
    assert (tmp_path / "parquet/mentions/year=0/month=0").is_dir()  # the undated article's mentions
    stats = import_dir(tmp_path / "parquet", tmp_path / "bulk.duckdb")
    ingest_results(results, tmp_path / "each.duckdb", batch_size=4)
    assert_same_store(tmp_path / "bulk.duckdb", tmp_path / "each.duckdb")
    counts = summary(tmp_path / "bulk.duckdb")
    assert (stats.added, stats.mentions, stats.new_events) == (
        counts["articles"],
        counts["mentions"],
        counts["events"],
    )
    assert stats.rejected == 3  # the same outlet's copy, the French article, the broken line
    query = "SELECT id, duplicate_of FROM articles WHERE duplicate_of <> ''"
    copies = run_sql(tmp_path / "bulk.duckdb", query)
    assert copies.to_dict("records") == [{"id": "again", "duplicate_of": "a00002"}]
    merged = run_sql(tmp_path / "bulk.duckdb", "SELECT max(num_articles) AS n FROM events").n[0]
    assert merged > 1


def test_reimport_changes_nothing(tmp_path: Path) -> None:
    results = varied_results()
    write_results(results, tmp_path / "parquet")
    import_dir(tmp_path / "parquet", tmp_path / "bulk.duckdb")
    before = snapshot(tmp_path / "bulk.duckdb")
    again = import_dir(tmp_path / "parquet", tmp_path / "bulk.duckdb")
    assert (again.added, again.mentions, again.new_events, again.rejected) == (0, 0, 0, 0)
    assert again.skipped == again.read > 0
    after = snapshot(tmp_path / "bulk.duckdb")
    for table in before:
        pd.testing.assert_frame_equal(before[table], after[table], obj=table)


def test_import_on_top_of_per_article_ingest(tmp_path: Path) -> None:
    """Half the results ingested one by one, then the whole directory imported: as if all were ingested."""
    results = varied_results()
    write_results(results, tmp_path / "parquet")
    ingest_results(results[: len(results) // 2], tmp_path / "mixed.duckdb")
    import_dir(tmp_path / "parquet", tmp_path / "mixed.duckdb")
    ingest_results(results, tmp_path / "each.duckdb")
    assert_same_store(tmp_path / "mixed.duckdb", tmp_path / "each.duckdb")


def test_import_reports_bad_input(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a directory"):
        import_dir(tmp_path / "nothing-here", tmp_path / "x.duckdb")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no Parquet files under articles"):
        import_dir(tmp_path / "empty", tmp_path / "x.duckdb")
    write_results([code(a) for a in corpus(3)], tmp_path / "layout")
    bad = tmp_path / "layout/mentions/year=2019/month=1"
    for part in bad.glob("*.parquet"):
        duckdb.sql(f"COPY (SELECT * EXCLUDE (steps) FROM '{part}') TO '{part}.tmp' (FORMAT parquet)")
        Path(f"{part}.tmp").replace(part)
    with pytest.raises(StoreError, match="missing columns steps"):
        import_dir(tmp_path / "layout", tmp_path / "x.duckdb")


def test_db_import_command(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsevents.cli import app

    write_results([code(a) for a in corpus(6)], tmp_path / "layout")
    store = str(tmp_path / "cli.duckdb")
    first = CliRunner().invoke(app, ["db", "import", str(tmp_path / "layout"), "--db", store])
    assert first.exit_code == 0, first.output
    assert "6 articles added" in first.output
    again = CliRunner().invoke(app, ["db", "import", str(tmp_path / "layout"), "--db", store])
    assert again.exit_code == 0 and "0 articles added (6 already stored" in again.output
    missing = CliRunner().invoke(app, ["db", "import", str(tmp_path / "nope"), "--db", store])
    assert missing.exit_code == 1 and "not a directory" in missing.output
