"""Query parameters: validation for the API and the pages, and the OpenAPI description.

The event and quote filters come from their one declaration in the store (``store.filters.FILTERS``,
``store.quotes.QUOTE_FILTERS``); paging, sorting and the statistics' options are declared here. Each
``Param`` names a parameter, its type, its bounds and its help text. ``parse`` checks a request's
query string against a tuple of them and returns typed values; anything wrong (an unknown name, a
repeated name, a value of the wrong shape) raises ``ApiError`` with status 400, which the app turns into
the one JSON error envelope (``{"error": {"status", "code", "message"}}``). Empty values count as absent,
so the pages' GET forms can leave fields blank.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newsevents.errors import ConfigError
from newsevents.filters import EVENT_SORTS, FILTERS, EventFilters, Filter, make_filters
from newsevents.quote_filters import QUOTE_FILTERS, QuoteFilters
from newsevents.store.dedup import parse_date
from newsevents.store.quotes import make_quote_filters

MAX_LIMIT = 1000  # rows per JSON page
MAX_CSV_ROWS = 100_000  # rows per CSV download
MAX_OFFSET = 10_000_000


class ApiError(Exception):
    """An error answered with the JSON envelope: HTTP ``status``, a machine ``code``, a human ``message``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def envelope(self) -> dict[str, Any]:
        """The response body every API error has."""
        return {"error": {"status": self.status, "code": self.code, "message": self.message}}


@dataclass(frozen=True, slots=True)
class Param:
    """One query parameter: ``kind`` is ``string``, ``integer``, ``boolean``, ``date`` or ``choice``."""

    name: str
    kind: str
    help: str
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    default: Any = None
    max_length: int = 200

    def convert(self, raw: str) -> Any:
        """The typed value of ``raw``, or ``ApiError`` 400 naming the parameter."""
        if len(raw) > self.max_length:
            raise _bad(self.name, f"longer than {self.max_length} characters")
        if self.kind == "integer":
            if not re.fullmatch(r"-?[0-9]{1,12}", raw):
                raise _bad(self.name, f"{raw!r} is not an integer")
            value = int(raw)
            if self.minimum is not None and value < self.minimum:
                raise _bad(self.name, f"{value} is below the minimum {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise _bad(self.name, f"{value} is above the maximum {self.maximum}")
            return value
        if self.kind == "boolean":
            lowered = raw.lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise _bad(self.name, f"{raw!r} is not a boolean (true/false)")
        if self.kind == "choice":
            if raw not in self.choices:
                raise _bad(self.name, f"{raw!r} is not one of {', '.join(self.choices)}")
            return raw
        if self.kind == "date":
            if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", raw) or parse_date(raw)[0] is None:
                raise _bad(self.name, f"{raw!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            return raw
        if self.pattern is not None and not re.fullmatch(self.pattern, raw):
            raise _bad(self.name, f"{raw!r} does not match {self.pattern}")
        return raw

    def openapi(self) -> dict[str, Any]:
        """This parameter as an OpenAPI 3 query parameter object."""
        schemas: dict[str, dict[str, Any]] = {
            "string": {"type": "string", "maxLength": self.max_length},
            "integer": {"type": "integer"},
            "boolean": {"type": "boolean"},
            "date": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
            "choice": {"type": "string", "enum": list(self.choices)},
        }
        schema = schemas[self.kind]
        if self.pattern:
            schema["pattern"] = f"^{self.pattern}$"
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        if self.default is not None:
            schema["default"] = self.default
        return {
            "name": self.name,
            "in": "query",
            "required": False,
            "description": self.help,
            "schema": schema,
        }


def _bad(name: str, detail: str) -> ApiError:
    return ApiError(400, "bad-parameter", f"{name}: {detail}")


_PARAM_KINDS = {"text": "string", "pair": "string", "integer": "integer", "flag": "boolean", "date": "date"}


def from_filter(spec: Filter) -> Param:
    """The query parameter of a store filter: same name, help and bounds (``store.filters``)."""
    return Param(
        spec.name,
        _PARAM_KINDS[spec.kind],
        spec.help,
        pattern=spec.pattern,
        minimum=spec.minimum,
        maximum=spec.maximum,
    )


# The filters are declared once, in the store (``EventFilters``, ``QuoteFilters``).
EVENT_FILTERS: tuple[Param, ...] = tuple(from_filter(f) for f in FILTERS)
QUOTE_FILTER_PARAMS: tuple[Param, ...] = tuple(from_filter(f) for f in QUOTE_FILTERS)

SORT = Param(
    "sort", "choice", "Order of the rows (- for descending).", choices=tuple(EVENT_SORTS), default="-date"
)


def paging(default: int = 50, maximum: int = MAX_LIMIT) -> tuple[Param, ...]:
    """``limit`` and ``offset``."""
    return (
        Param(
            "limit", "integer", f"Rows per page (1-{maximum}).", minimum=1, maximum=maximum, default=default
        ),
        Param("offset", "integer", "Rows to skip.", minimum=0, maximum=MAX_OFFSET, default=0),
    )


EVENT_LIST = (*EVENT_FILTERS, *paging(), SORT)
EVENT_CSV = (*EVENT_FILTERS, *paging(default=MAX_CSV_ROWS, maximum=MAX_CSV_ROWS), SORT)
ARTICLE_LIST = (
    Param("source", "string", "Outlet (case-insensitive, % wildcards)."),
    Param("q", "string", "Substring of the title or id."),
    Param("since", "date", "Published on or after."),
    Param("until", "date", "Published on or before."),
    *paging(),
)
ACTOR_LIST = (*EVENT_FILTERS, Param("q", "string", "Substring of the actor's name or code."), *paging())
TIMELINE = (
    *EVENT_FILTERS,
    Param(
        "interval",
        "choice",
        "Bucket size (auto picks one from the date span).",
        choices=("auto", "day", "week", "month", "year"),
        default="auto",
    ),
    Param(
        "by",
        "choice",
        "Split each bucket by QuadClass or by CAMEO root.",
        choices=("quad", "root"),
        default="quad",
    ),
)
QUOTE_LIST = (*QUOTE_FILTER_PARAMS, *paging())
DYADS = (
    *EVENT_FILTERS,
    Param(
        "level", "choice", "Pair countries or actor codes.", choices=("country", "actor"), default="country"
    ),
    Param("limit", "integer", "Pairs to return (1-500).", minimum=1, maximum=500, default=20),
)


def parse(query: Iterable[tuple[str, str]], params: tuple[Param, ...]) -> dict[str, Any]:
    """Typed values of ``query`` (a query string's (name, value) pairs) for ``params``; defaults filled."""
    known = {p.name: p for p in params}
    out: dict[str, Any] = {p.name: p.default for p in params}
    seen: set[str] = set()
    for name, raw in query:
        if name not in known:
            raise ApiError(
                400, "unknown-parameter", f"{name}: unknown parameter; known: {', '.join(sorted(known))}"
            )
        if name in seen:
            raise ApiError(400, "repeated-parameter", f"{name}: given more than once")
        seen.add(name)
        if raw.strip() == "":
            continue
        out[name] = known[name].convert(raw.strip())
    return out


def _checked(make: Callable[..., Any], values: Mapping[str, Any], specs: tuple[Param, ...]) -> Any:
    try:  # the store checks values and combinations (one of code/root/quad) when it builds the filters
        return make(**{p.name: values.get(p.name) for p in specs})
    except ConfigError as exc:
        raise ApiError(400, "bad-parameter", str(exc).replace("--", "")) from exc


def event_filters(values: Mapping[str, Any]) -> EventFilters:
    """The store's ``EventFilters`` from parsed values; combinations it refuses become 400 errors."""
    filters: EventFilters = _checked(make_filters, values, EVENT_FILTERS)
    return filters


def quote_filters(values: Mapping[str, Any]) -> QuoteFilters:
    """The store's ``QuoteFilters`` from parsed values; bad values become 400 errors."""
    filters: QuoteFilters = _checked(make_quote_filters, values, QUOTE_FILTER_PARAMS)
    return filters


def filter_query(values: Mapping[str, Any]) -> dict[str, str]:
    """The event filters among ``values`` that are set, as strings (for links that keep the filters)."""
    out = {}
    for p in EVENT_FILTERS:
        value = values.get(p.name)
        if value is None or value is False:
            continue
        out[p.name] = "true" if value is True else str(value)
    return out


def as_date(value: str | None) -> dt.date | None:
    """A parsed ``date`` parameter as the first day it covers."""
    return None if value is None else parse_date(value)[0]


__all__ = [
    "ACTOR_LIST",
    "ARTICLE_LIST",
    "DYADS",
    "EVENT_CSV",
    "EVENT_FILTERS",
    "EVENT_LIST",
    "MAX_CSV_ROWS",
    "MAX_LIMIT",
    "QUOTE_LIST",
    "SORT",
    "TIMELINE",
    "ApiError",
    "Param",
    "as_date",
    "event_filters",
    "filter_query",
    "from_filter",
    "quote_filters",
    "paging",
    "parse",
]
