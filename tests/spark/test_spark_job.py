"""The Spark job on a real local[2] engine gives, table for table, the store that `newsevents ingest` gives.

The inputs are invented wire reports built to exercise every cross-article rule: three outlets report one
meeting, an exact copy run by a fourth outlet and a near copy by a fifth (syndicated copies: articles and
sources of the same event), the same text again from its own outlet (a ``duplicate`` rejection), an id
used twice (the first text wins), a bad JSON line and a plain-text file in a folder. Timestamps of the run
(``ingested_at``, ``added_at``) are the only columns left out of the comparison.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

pyspark = pytest.importorskip("pyspark")

from spark_factories import RUN_TIME_COLUMNS, assert_same_as_store, rows_without  # noqa: E402

from newsevents.spark import run, session  # noqa: E402
from newsevents.spark.schema import TABLES  # noqa: E402

MEETING = (
    "NAIROBI (Courier) - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on "
    "Monday to discuss the disputed fishing waters of Lake Victoria, officials said. The two leaders agreed "
    "to set up a joint commission on the lake before the end of the year, according to a statement from "
    "the Kenyan presidency. Ruto also criticized Tanzania over new levies on Kenyan trucks at the border."
)
MEETING_OTHER_OUTLET = (
    "NAIROBI (Herald) - Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in "
    "Nairobi on Monday, as the neighbours sought to calm a row over fishing rights on Lake Victoria. Kenyan "
    "police arrested twelve Ugandan fishermen near Migingo island last week, local media reported."
)
MEETING_THIRD = (
    "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. Kenya's "
    "foreign ministry later accused Uganda of sending armed patrols onto the lake."
)
SYNDICATED_COPY = MEETING_OTHER_OUTLET + " Supplied by an agency."
OTHER_TEXT = (
    "ADDIS ABABA - Ethiopia's prime minister Abiy Ahmed on Tuesday rejected calls from Egypt to halt the "
    "filling of the Grand Ethiopian Renaissance Dam, saying the project would proceed as planned."
)
PLAIN = (
    "GENEVA - The United Nations refugee agency appealed to Sudan on Friday to reopen the border crossing at "
    "Adre for aid convoys, warning that food stocks in the camps would run out within weeks."
)


def _article(art_id: str, text: str, source: str, published: str = "2025-03-11") -> str:
    return json.dumps({"id": art_id, "text": text, "source": source, "published": published})


def _inputs(root: Path) -> tuple[Path, Path]:
    root.mkdir(parents=True, exist_ok=True)
    lines = [
        _article("courier-1", MEETING, "Daily Courier"),
        _article("herald-7", MEETING_OTHER_OUTLET, "Coast Herald"),
        _article("mirror-2", MEETING_THIRD, "Lakeside Mirror"),
        _article("courier-copy", MEETING, "Daily Courier Weekend"),
        _article("courier-again", MEETING, "Daily Courier"),
        _article("agency-3", SYNDICATED_COPY, "Regional Wire"),
        _article("courier-1", OTHER_TEXT, "Daily Courier"),
        '{"id": "broken", "text": ',
        _article("addis-4", OTHER_TEXT, "Horn Observer", "2025-03-12"),
    ]
    jsonl = root / "wire.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = root / "desk"
    folder.mkdir(exist_ok=True)
    (folder / "unhcr-adre.txt").write_text(PLAIN, encoding="utf-8")
    return jsonl, folder


@pytest.fixture(scope="module")
def spark() -> Any:
    engine = session("local[2]", app="newsevents-tests")
    engine.sparkContext.setLogLevel("ERROR")
    yield engine
    engine.stop()


def _ingest(cli: Any, db: Path, *paths: Path) -> None:
    result = cli("ingest", *map(str, paths), "--db", str(db))
    assert result.exit_code == 0, result.output


def test_spark_output_equals_the_store_row_for_row(spark: Any, cli: Any, tmp_path: Path) -> None:
    jsonl, folder = _inputs(tmp_path / "in")
    out = tmp_path / "out"
    stats = run([str(jsonl), str(folder)], str(out), spark=spark)
    _ingest(cli, tmp_path / "store.duckdb", jsonl, folder)
    counts = assert_same_as_store(tmp_path / "store.duckdb", out)
    assert stats.files == 2
    # 10 records: 2 rejected (the repeat from its own outlet, the broken line), 1 skipped (the id used
    # twice), 7 articles stored
    assert counts["articles"] == stats.articles == 7 and stats.rejected == 2
    con = duckdb.connect()
    events = f"read_parquet('{out}/events/**/*.parquet')"
    top = con.execute(f"SELECT max(num_articles), max(num_sources) FROM {events}").fetchone()
    # The meeting: told by at least four of its five outlets' articles, each outlet a source.
    assert top is not None and top[0] >= 4 and top[0] == top[1]
    reasons = {
        r for (r,) in con.execute(f"SELECT reason FROM read_parquet('{out}/rejections/*.parquet')").fetchall()
    }
    assert {"duplicate", "invalid-json"} <= reasons
    partitions = sorted(p.name for p in (out / "events").iterdir() if p.is_dir())
    assert partitions and all(p.startswith("year=") for p in partitions)


def _parquet_rows(out: Path, table: str) -> set[tuple[Any, ...]]:
    if not list((out / table).rglob("*.parquet")):
        return set()
    con = duckdb.connect()
    source = f"read_parquet('{out / table}/**/*.parquet', hive_partitioning = false)"
    columns = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
    listed = ", ".join(f'"{c}"' for c in columns if c not in RUN_TIME_COLUMNS)
    return {
        tuple(tuple(v) if isinstance(v, list) else v for v in row)
        for row in con.execute(f"SELECT {listed} FROM {source}").fetchall()
    }


def test_a_second_run_of_the_same_inputs_changes_nothing(spark: Any, tmp_path: Path) -> None:
    jsonl, folder = _inputs(tmp_path / "in")
    out = tmp_path / "out"
    run([str(jsonl), str(folder)], str(out), spark=spark)
    before = {table: _parquet_rows(out, table) for table in TABLES}
    stats = run([str(jsonl), str(folder)], str(out), spark=spark)
    assert stats.articles == 0 and stats.mentions == 0 and stats.events == 0
    assert {table: _parquet_rows(out, table) for table in TABLES} == before
    assert before["events"]


def test_runs_in_turn_merge_like_ingests_in_turn(spark: Any, cli: Any, tmp_path: Path) -> None:
    jsonl, folder = _inputs(tmp_path / "in")
    out, db = tmp_path / "out", tmp_path / "store.duckdb"
    run([str(folder)], str(out), spark=spark)
    run([str(jsonl)], str(out), spark=spark)
    _ingest(cli, db, folder)
    _ingest(cli, db, jsonl)
    assert assert_same_as_store(db, out)["events"] > 0
    assert not [p for p in out.iterdir() if p.name.startswith("_staging")]


def test_a_missing_input_is_a_rejection_not_a_failed_job(spark: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stats = run([str(tmp_path / "nowhere.jsonl")], str(out), spark=spark)
    assert stats.articles == 0 and stats.rejected == 1
    rows = (
        duckdb.connect().execute(f"SELECT reason FROM read_parquet('{out}/rejections/*.parquet')").fetchall()
    )
    assert rows == [("missing",)]


def test_db_import_of_the_spark_output_gives_the_ingested_store(spark: Any, cli: Any, tmp_path: Path) -> None:
    # Back to the explorer: a cluster's output becomes a local store, the same as ingesting the inputs.
    # The import merges articles in publication order, then by id (store.layout.ORDER); ingest in reading
    # order. Ids that sort in reading order make the two orders one, so the stores must be equal.
    jsonl = tmp_path / "in" / "wire.jsonl"
    jsonl.parent.mkdir(parents=True)
    texts = [MEETING, MEETING_OTHER_OUTLET, MEETING_THIRD, SYNDICATED_COPY, OTHER_TEXT, PLAIN]
    outlets = ["Daily Courier", "Coast Herald", "Lakeside Mirror", "Regional Wire", "Horn Observer", "Wire"]
    lines = [_article(f"{n:02d}-story", t, o) for n, (t, o) in enumerate(zip(texts, outlets, strict=True))]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "in" / "desk"
    folder.mkdir()
    (folder / "zz-late.txt").write_text(OTHER_TEXT.replace("Tuesday", "Wednesday"), encoding="utf-8")
    out = tmp_path / "out"
    run([str(jsonl), str(folder)], str(out), spark=spark)
    imported = tmp_path / "imported.duckdb"
    result = cli("db", "import", str(out), "--db", str(imported))
    assert result.exit_code == 0, result.output
    _ingest(cli, tmp_path / "store.duckdb", jsonl, folder)
    ingested = duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True)
    con = duckdb.connect(str(imported), read_only=True)
    # The import numbers events in publication order, ingest in reading order: the ids are surrogates, so
    # rows are compared without them and the grouping of mentions into events is compared on its own.
    surrogate = {"events": "id", "mentions": "event_id"}
    grouping = "SELECT list(id ORDER BY id) FROM mentions GROUP BY event_id"
    try:
        for table in ("articles", "mentions", "events", "actors", "places", "quotes"):
            want = rows_without(ingested, table, surrogate.get(table))
            got = rows_without(con, table, surrogate.get(table))
            assert got == want, f"{table}: {sorted(want - got)[:1]} vs {sorted(got - want)[:1]}"
        groups = [{tuple(g) for (g,) in db.execute(grouping).fetchall()} for db in (ingested, con)]
        assert groups[0] == groups[1] and len(groups[0]) > 5
    finally:
        con.close()
        ingested.close()

