"""The event filters, declared once: name, type, help and the SQL each adds.

``EventFilters`` is the declaration. Each of its fields carries a ``Filter`` (help text, the kind of
value, the pattern a web client's value must match, and the function writing its SQL condition); the
CLI's options (``newsevents events``/``export``), the Python API (``Store.events(**filters)``) and the
HTTP API's query parameters (``web/params.py``) are all generated from ``FILTERS``, so a filter added
here appears in all three (``quote_filters`` declares the quote filters the same way). The conditions
are one SQL ``WHERE`` clause over ``events`` with every value written as an escaped SQL literal (so the
same clause serves parameter-less ``COPY`` statements in ``export``); values are checked and typed
first, never pasted in as given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsevents.errors import ConfigError

# How the value of a filter is typed: ``text`` (a string), ``integer``, ``flag`` (a boolean), ``date``
# (YYYY, YYYY-MM or YYYY-MM-DD) and ``pair`` (two strings: "USA,PRK" or a list of two).
KINDS = ("text", "integer", "flag", "date", "pair")


def sql_string(value: str) -> str:
    """``value`` as a DuckDB string literal (standard SQL: quotes doubled, no backslash escapes)."""
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True, slots=True)
class Filter:
    """One event filter: its ``name`` (the field, the ``--option``, the query parameter), ``kind``
    (``KINDS``), ``help``, the ``pattern``/bounds a value must meet at the HTTP API, and ``clause``: the
    SQL condition it adds on ``events AS alias`` given all the filters (``None`` when unset)."""

    name: str
    kind: str
    help: str
    clause: Callable[[Any, str], str | None]
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None


def declare(
    kind: str,
    help: str,
    clause: Callable[[Any, str], str | None],
    *,
    pattern: str | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> Any:
    """A filter field of a filters dataclass (``EventFilters``, ``quotes.QuoteFilters``): its default and,
    in the field's metadata, the rest of its declaration (read back by ``declared``)."""
    default: Any = False if kind == "flag" else None
    spec = {"kind": kind, "help": help, "clause": clause, "pattern": pattern, "min": minimum, "max": maximum}
    return field(default=default, metadata={"filter": spec})


def declared(cls: type) -> tuple[Filter, ...]:
    """The filters declared (with ``declare``) by the fields of dataclass ``cls``, in field order."""
    return tuple(
        Filter(
            name=f.name,
            kind=f.metadata["filter"]["kind"],
            help=f.metadata["filter"]["help"],
            clause=f.metadata["filter"]["clause"],
            pattern=f.metadata["filter"]["pattern"],
            minimum=f.metadata["filter"]["min"],
            maximum=f.metadata["filter"]["max"],
        )
        for f in dataclasses.fields(cls)
        if "filter" in f.metadata
    )


def conditions(values: Any, filters: tuple[Filter, ...], alias: str) -> str:
    """The SQL conditions ``filters`` add for ``values`` (a filters dataclass), ANDed; ``TRUE`` for none."""
    parts = [c for spec in filters if (c := spec.clause(values, alias)) is not None]
    return " AND ".join(parts) if parts else "TRUE"


def _period_end(start: dt.date, precision: str | None) -> dt.date:
    if precision == "year":
        return dt.date(start.year, 12, 31)
    if precision == "month":
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return start


def date_bounds(
    since: str | dt.date | None, until: str | dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day that ``since``/``until`` cover (``until="2019-06"``: 30 June); checked."""
    first = _date(since, "since")[0] if since is not None else None
    last = None
    if until is not None:
        start, precision = _date(until, "until")
        last = _period_end(start, precision)
    return first, last


def _date(value: str | dt.date, name: str) -> tuple[dt.date, str | None]:
    if isinstance(value, dt.date):
        return value, "day"
    from newsevents.store.dedup import parse_date  # here: importing the store package costs seconds

    parsed, precision = parse_date(str(value))
    if parsed is None:
        raise ConfigError(f"--{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return parsed, precision


def _digits(value: str | int, name: str, what: str) -> str:
    text = str(value).strip()
    if not text.isdigit():
        raise ConfigError(f"--{name}: {value!r} is not a {what} (digits)")
    return text


# -- the SQL of each filter ------------------------------------------------------------------------------


def _actor(f: EventFilters, a: str) -> str | None:
    if not f.actor:
        return None
    pattern = sql_string(f"%{f.actor}%")
    columns = [f"{a}.actor{n}_{part}" for n in (1, 2) for part in ("text", "name", "code")]
    return "(" + " OR ".join(f"{c} ILIKE {pattern}" for c in columns) + ")"


def _either_actor(column: str) -> Callable[[EventFilters, str], str | None]:
    def clause(f: EventFilters, a: str) -> str | None:
        value = getattr(f, column)
        if not value:
            return None
        v = sql_string(str(value).upper())
        return f"({a}.actor1_{column} = {v} OR {a}.actor2_{column} = {v})"

    return clause


def _dyad(f: EventFilters, a: str) -> str | None:
    if not f.dyad:
        return None
    if len(f.dyad) != 2:
        raise ConfigError("--dyad takes two countries")
    x, y = (sql_string(v.upper()) for v in f.dyad)
    forward = f"({a}.actor1_country = {x} AND {a}.actor2_country = {y})"
    backward = f"({a}.actor1_country = {y} AND {a}.actor2_country = {x})"
    return forward if f.directed else f"({forward} OR {backward})"


def _directed(f: EventFilters, a: str) -> str | None:
    return None  # a modifier of ``dyad``: it adds no condition of its own


def _one_code_kind(f: EventFilters) -> None:
    if sum(v is not None for v in (f.code, f.root, f.quad)) > 1:
        raise ConfigError("give one of --code, --root, --quad")


def _code(f: EventFilters, a: str) -> str | None:
    _one_code_kind(f)
    if f.code is None:
        return None
    return f"starts_with({a}.cameo, {sql_string(_digits(f.code, 'code', 'CAMEO code'))})"


def _root(f: EventFilters, a: str) -> str | None:
    if f.root is None:
        return None
    return f"{a}.root = {sql_string(_digits(f.root, 'root', 'CAMEO code').zfill(2))}"


def _quad(f: EventFilters, a: str) -> str | None:
    if f.quad is None:
        return None
    quad = int(f.quad)
    if quad not in (1, 2, 3, 4):
        raise ConfigError(f"--quad: {f.quad!r} is not a QuadClass (1-4)")
    return f"{a}.quad_class = {quad}"


def _since(f: EventFilters, a: str) -> str | None:
    if f.since is None:
        return None
    return f"{a}.date >= DATE '{_date(f.since, 'since')[0].isoformat()}'"


def _until(f: EventFilters, a: str) -> str | None:
    if f.until is None:
        return None
    start, precision = _date(f.until, "until")
    return f"{a}.date <= DATE '{_period_end(start, precision).isoformat()}'"


def _place(f: EventFilters, a: str) -> str | None:
    return f"{a}.place_name ILIKE {sql_string(f'%{f.place}%')}" if f.place else None


def _article(f: EventFilters, a: str) -> str | None:
    if not f.article:
        return None
    return f"{a}.id IN (SELECT event_id FROM mentions WHERE article_id = {sql_string(f.article)})"


def _source(f: EventFilters, a: str) -> str | None:
    if not f.source:
        return None
    return (
        f"{a}.id IN (SELECT event_id FROM mentions WHERE source ILIKE "
        f"{sql_string(f.source)} AND NOT syndicated)"
    )


ISO3 = r"[A-Za-z]{3}"


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The event filters. All given filters must hold (AND); ``None`` means no filter.

    Each field's help is in its declaration below (``FILTERS`` lists them). ``limit`` is not a filter:
    at most this many rows (newest first when set, else in date order) for ``select``.
    """

    actor: str | None = declare(
        "text", "Substring (case-insensitive) of either actor's text, name or CAMEO code.", _actor
    )
    country: str | None = declare(
        "text", "ISO 3166 alpha-3 country of either actor, e.g. PRK.", _either_actor("country"), pattern=ISO3
    )
    dyad: tuple[str, str] | None = declare(
        "pair",
        "Two countries, e.g. USA,PRK (either direction unless directed).",
        _dyad,
        pattern=rf"{ISO3}[,-]{ISO3}",
    )
    directed: bool = declare(
        "flag", "With dyad: only events from the first country to the second.", _directed
    )
    role: str | None = declare(
        "text", "CAMEO role of either actor, e.g. GOV, MIL.", _either_actor("role"), pattern=r"[A-Za-z]{3}"
    )
    code: str | None = declare(
        "text",
        "CAMEO event code or prefix (04 = all of root 04, 042 = 042 and 0421..).",
        _code,
        pattern=r"\d{2,4}",
    )
    root: str | None = declare("text", "CAMEO root code, 01-20.", _root, pattern=r"\d{2}")
    quad: int | None = declare(
        "integer",
        "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
        _quad,
        minimum=1,
        maximum=4,
    )
    since: str | dt.date | None = declare(
        "date", "Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", _since
    )
    until: str | dt.date | None = declare(
        "date", "Events on or before the end of this date, month or year (2019-06 = to 30 June).", _until
    )
    place: str | None = declare("text", "Substring of the event's place name.", _place)
    article: str | None = declare("text", "Events mentioned by this article id.", _article)
    source: str | None = declare(
        "text",
        "Events reported by this outlet (case-insensitive, % wildcards; copies do not count).",
        _source,
    )
    limit: int | None = None

    def where(self, alias: str = "e") -> str:
        """The SQL condition on ``events AS {alias}`` (``TRUE`` without filters)."""
        return conditions(self, FILTERS, alias)

    def select(self, columns: str = "e.*", alias: str = "e") -> str:
        """A full ``SELECT`` of ``columns`` from the filtered events, ordered, limited."""
        order = (
            f"{alias}.date DESC NULLS LAST, {alias}.id DESC" if self.limit else f"{alias}.date, {alias}.id"
        )
        sql = f"SELECT {columns} FROM events AS {alias} WHERE {self.where(alias)} ORDER BY {order}"
        if self.limit is not None:
            sql += f" LIMIT {int(self.limit)}"
        return sql


FILTERS: tuple[Filter, ...] = declared(EventFilters)
FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in FILTERS)


def _pair(value: Any) -> tuple[str, str] | None:
    if value is None:
        return None
    items = (
        re.split(r"[,-]", value)
        if isinstance(value, str)
        else [s for v in value for s in re.split(r"[,-]", v)]
    )
    items = [i.strip() for i in items if i.strip()]
    if len(items) != 2:
        raise ConfigError(f"--dyad takes two countries (USA,PRK), not {value!r}")
    return (items[0], items[1])


def make_filters(**filters: Any) -> EventFilters:
    """``EventFilters`` from keyword arguments (``None`` = unset); an unknown name is a ``ConfigError``.

    ``dyad`` may be "USA,PRK" or two items; the combination of filters is checked here (one of code, root,
    quad; valid dates), so bad input fails before any query runs.
    """
    names = {*FILTER_NAMES, "limit"}
    unknown = sorted(set(filters) - names)
    if unknown:
        raise ConfigError(f"unknown event filter(s): {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    given = {k: v for k, v in filters.items() if v is not None}
    if "dyad" in given:
        given["dyad"] = _pair(given["dyad"])
    spec = EventFilters(**given)
    spec.where()  # checks the values and their combination now
    return spec


# ``sort`` values of an event list and the SQL they order by (each ends on the id so pages are stable).
EVENT_SORTS: dict[str, str] = {
    "-date": "e.date DESC NULLS LAST, e.id DESC",
    "date": "e.date ASC NULLS LAST, e.id ASC",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.id DESC",
    "goldstein": "e.goldstein ASC NULLS LAST, e.id ASC",
    "-mentions": "e.num_mentions DESC, e.id DESC",
    "mentions": "e.num_mentions ASC, e.id ASC",
    "-confidence": "e.confidence DESC NULLS LAST, e.id DESC",
    "confidence": "e.confidence ASC NULLS LAST, e.id ASC",
    "-id": "e.id DESC",
    "id": "e.id ASC",
}


def order_by(sort: str) -> str:
    """The ``ORDER BY`` of ``sort`` (``EVENT_SORTS``); another value is a ``ConfigError``."""
    if sort not in EVENT_SORTS:
        raise ConfigError(f"--sort: {sort!r} is not one of {', '.join(EVENT_SORTS)}")
    return EVENT_SORTS[sort]


__all__ = [
    "EVENT_SORTS",
    "FILTERS",
    "FILTER_NAMES",
    "KINDS",
    "EventFilters",
    "Filter",
    "conditions",
    "date_bounds",
    "declare",
    "declared",
    "make_filters",
    "order_by",
    "sql_string",
]
