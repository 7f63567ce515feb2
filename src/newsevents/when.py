"""Event dates: the date expression of an event's own clause, resolved against the publication date.

"June 30, 2019" and "in August 2009" are absolute; "on Sunday", "yesterday", "last month", "October 9" are
resolved against the article's publication date; without one they resolve to nothing. The machine's clock
is never used. Parsing is dateparser's; this module decides which expressions count as a point in time
(not a duration such as "two years", nor a decade such as "the 1990s") and at what precision.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateparser.date import DateDataParser

from newsevents.records import DatePrecision

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|tomorrow|ago|last|next|previous|this)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b\d{2,4}'?s\b")
# Words that make a date expression a span or a vague period rather than a point in time.
_VAGUE = re.compile(
    r"\b(weeks?|decades?|centur(y|ies)|era|period|season|years|months|days|hours|"
    r"recent|past|coming|within|over|during|war|anniversary|weekend)\b",
    re.I,
)
_STARTS_DATE = re.compile(
    r"^(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|"
    r"tonight|tomorrow|last|next|this|previous|early|late|mid|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a$|an$)",
    re.I,
)
_LEADING = re.compile(r"^(on|in|at|since|by|from|until|of|the|a|an|early|late|mid|earlier|later)\s+", re.I)


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date: ``YYYY-MM-DD``/``YYYY-MM``/``YYYY`` with its precision."""

    date: str
    precision: DatePrecision

    @classmethod
    def of_day(cls, day: dt.date) -> When:
        return cls(day.isoformat(), "day")


def parse_published(value: str | None) -> dt.date | None:
    """An article's ``published`` (ISO date or datetime) as a date, or ``None`` if absent or unusable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=64)
def _parser(base: dt.date, year_required: bool) -> DateDataParser:
    # One parser per reference date: dateparser fixes its settings when the parser is built, and the
    # articles of one batch share a handful of publication dates.
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["year"] if year_required else [],
    }
    return DateDataParser(languages=["en"], settings=settings)


def _weekday(text: str) -> int | None:
    words = text.casefold().split()
    if len(words) == 1 and words[0] in _WEEKDAYS:
        return _WEEKDAYS.index(words[0])
    return None


@functools.lru_cache(maxsize=4096)
def resolve(text: str, published: dt.date | None) -> When | None:
    """The point in time ``text`` (a date expression from an article) names, or ``None``.

    Relative expressions need ``published``; without it only expressions with a year resolve.
    """
    words = text.strip().strip(",.;:()").replace("’", "'").split()
    # Date entities often carry lead-in words ("the date June 30, 2019", "as early as 2010"): drop them
    # until the expression starts with something a date can start with.
    while words and not _STARTS_DATE.match(words[0]):
        words = words[1:]
    clean = " ".join(words)
    while _LEADING.match(clean):
        clean = _LEADING.sub("", clean, count=1)
    # What is left may again start with a lead-in ("as early as 2010" -> "as 2010").
    words = clean.split()
    while words and not _STARTS_DATE.match(words[0]):
        words = words[1:]
    clean = " ".join(words)
    lower = clean.casefold()
    ago = lower.endswith(" ago")  # "two years ago" is a point in time, "two years" a duration
    if not clean or _DECADE.search(lower) or (_VAGUE.search(lower) and not ago):
        return None
    has_year = bool(_YEAR.search(lower))
    relative = bool(_RELATIVE.search(lower))
    found = set(re.findall(r"[a-z]+", lower))
    if not (has_year or relative or found & set(_MONTHS) or found & set(_WEEKDAYS)):
        return None
    if published is None and not has_year:
        return None
    base = published or dt.date(2000, 1, 1)  # only reached with an explicit year, which overrides it
    weekday = _weekday(clean)
    if weekday is not None and published is not None:
        # News writes "on Sunday" for the most recent Sunday, and "on Tuesday" in a Tuesday paper is today.
        return When.of_day(published - dt.timedelta(days=(published.weekday() - weekday) % 7))
    try:
        data = _parser(base, published is None).get_date_data(clean)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "day":
        return When.of_day(day)
    if data.period == "month":
        return When(day.strftime("%Y-%m"), "month")
    if data.period == "year":
        return When(str(day.year), "year")
    return None
