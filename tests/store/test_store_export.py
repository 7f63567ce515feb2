"""Exports: GDELT 2.0 Events and Mentions, Parquet, CSV, JSON lines (issue 5, item 6)."""

from __future__ import annotations

import csv
import importlib
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from store_factories import article, corpus, fake_analyzer

from newsevents.errors import StoreError
from newsevents.store import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, export, ingest_items, summary
from newsevents.store.queries import EVENT_COLUMNS


@pytest.fixture
def store(db: Path) -> Path:
    extra = [
        article("un", "Guterres met Moon in Hanoi on 2019-02.\nThe UN said so.", source="Wire"),
        article("undated", "Moon met Kim.", source="Wire", published=None),
    ]
    ingest_items(corpus(30) + extra, db, analyzer=fake_analyzer)
    return db


def read_gdelt(path: Path, names: tuple[str, ...]) -> pd.DataFrame:
    return pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=list(names),
        dtype=str,
        keep_default_na=False,
        quoting=csv.QUOTE_NONE,
    )


def test_codebook_columns() -> None:
    assert len(GDELT_EVENT_COLUMNS) == 61 and len(set(GDELT_EVENT_COLUMNS)) == 61
    assert GDELT_EVENT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert GDELT_EVENT_COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert GDELT_EVENT_COLUMNS[51] == "ActionGeo_Type" and GDELT_EVENT_COLUMNS[-2:] == (
        "DATEADDED",
        "SOURCEURL",
    )
    assert len(GDELT_MENTION_COLUMNS) == 16


def test_gdelt_events_have_61_columns_and_load_in_pandas(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    n = export(store, "gdelt", out)
    assert n == summary(store)["events"]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n
    assert all(len(line.split("\t")) == 61 for line in lines)
    frame = read_gdelt(out, GDELT_EVENT_COLUMNS)
    assert list(frame.columns) == list(GDELT_EVENT_COLUMNS) and len(frame) == n
    first = frame.iloc[0]
    assert (first.GlobalEventID, first.Day, first.MonthYear, first.Year) == (
        "1",
        "20190101",
        "201901",
        "2019",
    )
    assert (
        first.Actor1Code == "USAGOV" and first.Actor1CountryCode == "USA" and first.Actor1Type1Code == "GOV"
    )
    assert first.EventRootCode == first.EventCode[:2] and first.EventBaseCode == first.EventCode[:3]
    # Panmunjom: a South Korean city; GDELT's geo country codes are FIPS (KS), not ISO (KOR)
    assert (first.ActionGeo_Type, first.ActionGeo_CountryCode, first.ActionGeo_FeatureID) == (
        "4",
        "KS",
        "1839726",
    )
    assert first.ActionGeo_FullName == "Panmunjom, South Korea"
    # the actor's country, no place of it named in the text: GDELT's country geography (type 1, FIPS)
    assert (first.Actor1Geo_Type, first.Actor1Geo_FullName, first.Actor1Geo_CountryCode) == (
        "1",
        "United States",
        "US",
    )
    assert first.Actor1Geo_ADM1Code == first.Actor1Geo_FeatureID == "US" and first.Actor1Geo_Lat != ""
    assert first.SOURCEURL.startswith("https://example.org/")
    assert len(first.DATEADDED) == 14 and first.DATEADDED[10:] in {"0000", "1500", "3000", "4500"}
    un = frame[frame.Actor1Code == "IGOUNO"].iloc[0]
    assert (un.Actor1KnownGroupCode, un.Actor1Type1Code, un.Actor1CountryCode) == ("UNO", "IGO", "")
    assert un.ActionGeo_ADM1Code == "VM44" and un.Day == "20190201"
    # no date in the text and no publication date: dated by the day it was stored (GDELT dates every event)
    assert (frame.Day != "").all() and (frame.FractionDate != "").all()
    undated = frame[frame.SOURCEURL.str.endswith("/undated")].iloc[0]
    assert undated.Day == undated.DATEADDED[:8] and undated.Year == undated.DATEADDED[:4]


def test_gdelt_filters_apply(store: Path, tmp_path: Path) -> None:
    n = export(store, "gdelt", tmp_path / "prk.tsv", country="PRK", quad=1)
    frame = read_gdelt(tmp_path / "prk.tsv", GDELT_EVENT_COLUMNS)
    assert len(frame) == n > 0
    assert all("PRK" in (r.Actor1CountryCode, r.Actor2CountryCode) for r in frame.itertuples())
    assert set(frame.QuadClass) == {"1"}


def test_gdelt_mentions_layout(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "mentions.tsv"
    n = export(store, "mentions", out)
    assert n == summary(store)["mentions"]
    frame = read_gdelt(out, GDELT_MENTION_COLUMNS)
    assert len(frame) == n and all(len(line.split("\t")) == 16 for line in out.read_text().splitlines())
    row = frame.iloc[0]
    # "Report number 0.\nTrump criticized Kim ...": second sentence, offsets into the article text
    assert (row.SentenceID, row.Actor1CharOffset, row.Actor2CharOffset, row.ActionCharOffset) == (
        "2",
        "17",
        "34",
        "23",
    )
    assert row.Confidence == "80" and row.MentionType == "1"
    assert row.MentionSourceName == "example.org" and row.MentionIdentifier.startswith("https://example.org/")


def test_parquet_partitioned_by_date_reads_back(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    n = export(store, "parquet", out)
    assert n == summary(store)["events"]
    partitions = sorted(p.name for p in out.iterdir())
    assert partitions == ["year=0", "year=2019"]  # the undated event under year 0
    assert "month=2" in {p.name for p in (out / "year=2019").iterdir()}
    frame = pd.read_parquet(out)
    assert len(frame) == n and str(frame.date.dtype).startswith(("datetime64", "object"))
    assert {type(d).__name__ for d in frame.date.dropna()} <= {"date", "Timestamp"}
    count = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true)"
    ).fetchall()
    assert count == [(n,)]
    dated = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true) "
        "WHERE date = DATE '2019-02-01'"
    ).fetchall()
    assert dated[0][0] >= 1


def test_parquet_of_nothing_is_readable(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    assert export(store, "parquet", out, country="FRA") == 0
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/**/*.parquet')").fetchall() == [(0,)]


def test_csv_and_jsonl(store: Path, tmp_path: Path) -> None:
    n = export(store, "csv", tmp_path / "e.csv", root="04")
    frame = pd.read_csv(tmp_path / "e.csv", dtype={"cameo": str, "root": str})
    assert len(frame) == n and set(frame.root) == {"04"}
    m = export(store, "jsonl", tmp_path / "e.jsonl", root="04")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(records) == m == n and records[0]["root"] == "04" and "num_sources" in records[0]
    # both are event rows: the per-mention evidence (sentence, rule, steps) stays in the store's mentions
    assert tuple(frame.columns) == tuple(records[0]) == EVENT_COLUMNS


def test_existing_output_needs_overwrite(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    export(store, "csv", out)
    with pytest.raises(StoreError, match="exists"):
        export(store, "csv", out)
    assert export(store, "csv", out, overwrite=True) > 0


@pytest.mark.parametrize(
    ("code", "country", "group", "types"),
    [
        ("IGOUNO", None, "UNO", ["IGO", "", ""]),
        ("IGOWSTNAT", None, "NAT", ["IGO", "", ""]),
        ("IGOEUREEC", None, "EEC", ["IGO", "", ""]),
        ("NGOHRIAMN", None, "AMN", ["NGO", "HRI", ""]),
        ("IGOUNODEVWBK", None, "WBK", ["IGO", "DEV", ""]),
        ("NGOUSAHRI", "USA", "", ["NGO", "HRI", ""]),
        ("USAGOVMIL", "USA", "", ["GOV", "MIL", ""]),
    ],
)
def test_known_group_and_type_codes(code: str, country: str | None, group: str, types: list[str]) -> None:
    export_module = importlib.import_module("newsevents.store.gdelt")

    con = duckdb.connect()
    con.execute("CREATE TABLE e (actor1_code VARCHAR, actor1_country VARCHAR, actor1_role VARCHAR, "
                "actor1_name VARCHAR, actor1_text VARCHAR)")
    con.execute("INSERT INTO e VALUES (?, ?, NULL, NULL, 'x')", [code, country])
    fields = export_module._actor(1)
    row = con.execute(f"SELECT {', '.join(fields)} FROM e").fetchone()
    assert row is not None
    assert row[3] == group and list(row[7:10]) == types


def test_adm1_code_joins_fips_country_and_the_admin1_of_a_geonames_key(db: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from store_factories import code

    from newsevents.records import Place
    from newsevents.store import ingest_results

    coded = code(article("tx", "Moon met Kim in Hanoi on 2019-02-27."))
    houston = Place("Houston", "USA", "US.TX", 29.7633, -95.3633, 4699066)
    moved = replace(coded, events=tuple(replace(e, location=houston) for e in coded.events))
    ingest_results([moved], db)
    out = tmp_path / "events.tsv"
    export(db, "gdelt", out)
    frame = read_gdelt(out, GDELT_EVENT_COLUMNS)
    assert frame.ActionGeo_ADM1Code.tolist() == ["USTX"]
    assert frame.ActionGeo_Type.tolist() == ["3"] and frame.ActionGeo_CountryCode.tolist() == ["US"]
