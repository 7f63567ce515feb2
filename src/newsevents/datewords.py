"""Date expressions: the point in time a date phrase from an article names, against a reference date.

"June 30, 2019" and "in August 2009" are absolute; "on Sunday", "yesterday", "last month", "October 9" are
resolved against the reference date (the dateline's or publication date); without one they resolve to
nothing. The machine's clock is never used. Weekdays, weeks, weekends, "N units ago", "Month last year",
bare months and fixed holidays are read here; the rest is dateparser's. A clause in the future tense
("will meet on Wednesday") reads its weekday or bare month forwards, every other clause backwards. Week-
and weekend-sized periods are given to the month, the precision the corpus gives them ("last week" is the
month it fell in). Durations ("two years"), decades ("the 1990s") and vague periods name no point in time.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from dateparser.date import DateDataParser
from spacy.tokens import Span

from newsevents import movable
from newsevents.errors import DataFileError
from newsevents.records import DatePrecision

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
MONTH_NAMES = frozenset(_MONTHS)
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
    r"ten|eleven|twelve|a$|an$|new|christmas|boxing|valentine|halloween|bastille|armistice)",
    re.I,
)
_LEADING = re.compile(r"^(on|in|at|since|by|from|until|of|the|a|an|early|late|mid|earlier|later)\s+", re.I)
# Parts of a day and hedges around a weekday ("late on Friday", "Saturday night", "before dawn on Monday").
_DAY_PARTS = frozenset(
    "on night evening morning afternoon late early overnight dawn before after noon midday midnight "
    "the of in at by during around until".split()
)
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_NUMBER = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# "a year ago this month": the same month, counted back (the anniversary opening of a commentary).
_AGO = re.compile(rf"^{_NUMBER} (day|week|month|year)s? ago( this (?:month|week))?$")
_MONTH_YEAR = re.compile(r"^(?:early |late |mid-?)?([a-z]+)(?: of)? (last|this|next) year$")
_BARE_MONTH = re.compile(r"^(?:early |late |mid-?)?([a-z]+)$")


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date: ``YYYY-MM-DD``/``YYYY-MM``/``YYYY`` with its precision."""

    date: str
    precision: DatePrecision

    @classmethod
    def of_day(cls, day: dt.date) -> When:
        return cls(day.isoformat(), "day")

    @classmethod
    def of_month(cls, day: dt.date) -> When:
        return cls(day.strftime("%Y-%m"), "month")


@dataclass(frozen=True, slots=True)
class DateWords:
    """The word tables of ``data/dates.toml`` beyond the role day."""

    holidays: dict[str, tuple[int, int]]
    future_auxiliaries: frozenset[str]
    future_governors: frozenset[str]
    backward: frozenset[str]
    forward: frozenset[str]
    subordinators: frozenset[str]
    same_occasion: frozenset[str]


@functools.lru_cache(maxsize=1)
def date_table() -> dict[str, object]:
    """``data/dates.toml`` as parsed TOML."""
    text = resources.files("newsevents").joinpath("data/dates.toml").read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"data/dates.toml: {exc}") from exc


@functools.lru_cache(maxsize=1)
def date_words() -> DateWords:
    """The date words of ``data/dates.toml`` (read once per process)."""
    table = date_table()
    try:
        named = table["holidays"].items()  # type: ignore[attr-defined]
        holidays = {str(k): movable.parse(v) for k, v in named}
        tense, relative = table["tense"], table["relative"]
        return DateWords(
            holidays,
            frozenset(tense["future_auxiliaries"]),  # type: ignore[index]
            frozenset(tense["future_governors"]),  # type: ignore[index]
            frozenset(relative["backward"]),  # type: ignore[index]
            frozenset(relative["forward"]),  # type: ignore[index]
            frozenset(relative["subordinators"]),  # type: ignore[index]
            frozenset(relative["same_occasion"]),  # type: ignore[index]
        )
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise DataFileError(f"data/dates.toml: bad [holidays], [tense] or [relative] ({exc})") from exc


def parse_published(value: str | None) -> dt.date | None:
    """An article's ``published`` (ISO date or datetime) as a date, or ``None`` if absent or unusable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=64)
def _parser(base: dt.date, year_required: bool, future: bool) -> DateDataParser:
    # One parser per reference date: dateparser fixes its settings when the parser is built, and the
    # articles of one batch share a handful of publication dates.
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["year"] if year_required else [],
    }
    return DateDataParser(languages=["en"], settings=settings)


def _clean(text: str) -> str:
    words = text.strip().strip(",.;:()").replace("’", "'").split()
    if words and words[-1].casefold() in ("'s", "'"):
        words = words[:-1]
    elif words and words[-1].casefold().endswith("'s"):
        words[-1] = words[-1][:-2]  # "last Friday's attack": the day is Friday
    # Date entities often carry lead-in words ("the date June 30, 2019", "as early as 2010"): drop them
    # until the expression starts with something a date can start with.
    while words and not _starts_date(words[0]):
        words = words[1:]
    clean = " ".join(words)
    while _LEADING.match(clean):
        clean = _LEADING.sub("", clean, count=1)
    words = clean.split()
    while words and not _starts_date(words[0]):
        words = words[1:]
    return " ".join(words)


def _starts_date(word: str) -> bool:
    # (a holiday of the data file may start with a word of its own: "Easter Sunday", "Palm Sunday")
    return bool(_STARTS_DATE.match(word)) or word.casefold() in _holiday_starts()


@functools.lru_cache(maxsize=1)
def _holiday_starts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in date_words().holidays)


# Words of a moment that the parser may join to the weekday before them: "seized power on Wednesday
# MINUTES after the result was declared" comes as one expression "Wednesday minutes"; it names Wednesday
# (left to the generic parser it was the Wednesday of the week before).
_MOMENTS = frozenset({"minute", "minutes", "moment", "moments", "hour", "hours"})


def _weekday(lower: str, ref: dt.date, future: bool) -> When | None:
    words = lower.split()
    days = [w for w in words if w in _WEEKDAYS]
    rest = [w for w in words if w not in _WEEKDAYS and w not in _MOMENTS]
    if len(days) != 1 or any(w not in _DAY_PARTS | {"last", "next", "this", "coming", "past"} for w in rest):
        return None
    day = _WEEKDAYS.index(days[0])
    back = (ref.weekday() - day) % 7
    ahead = (day - ref.weekday()) % 7
    if "last" in rest or "past" in rest:
        return When.of_day(ref - dt.timedelta(days=back or 7))  # the most recent one before the report
    if "next" in rest:
        return When.of_day(ref + dt.timedelta(days=ahead or 7))
    if future or "coming" in rest:
        return When.of_day(ref + dt.timedelta(days=ahead))
    # News writes "on Sunday" for the most recent Sunday, and "on Tuesday" in a Tuesday paper is today.
    return When.of_day(ref - dt.timedelta(days=back))


_PAST_WEEK = frozenset(
    ["last week", "previous week", "the previous week", "past week", "the past week", "this past week",
     "a week ago", "the week before", "one week ago"]
)  # fmt: skip
_THIS_WEEK = frozenset(
    ["this week", "earlier this week", "earlier in the week", "early this week", "later this week",
     "later in the week", "the week", "this week's"]
)  # fmt: skip
_NEXT_WEEK = frozenset(["next week", "the coming week", "the following week", "the next week", "coming week"])
_WEEKEND = re.compile(r"^(?:(?:over|at|during|on|in|for) )?(?:the |this |last |past |next |coming )?weekend$")


def _week(raw: str, ref: dt.date, future: bool) -> When | None:
    """Weeks and weekends, to the month they fell in."""
    raw = re.sub(r"'s?$", "", raw)  # "last week's attacks": the week is last week
    text = re.sub(r"^(during|in|over|for) ", "", raw)
    if text in _PAST_WEEK:
        return When.of_month(ref - dt.timedelta(days=7))
    if text in _THIS_WEEK:
        return When.of_month(ref)
    if text in _NEXT_WEEK:
        return When.of_month(ref + dt.timedelta(days=7))
    if _WEEKEND.match(raw):
        if future or " next " in f" {raw}" or "coming" in raw:
            return When.of_month(ref + dt.timedelta(days=(5 - ref.weekday()) % 7))
        return When.of_month(ref - dt.timedelta(days=(ref.weekday() - 5) % 7))
    return None


def _counted(lower: str, ref: dt.date) -> When | None:
    """ "N days/weeks/months/years ago" ("... ago this month": that month); "Month last/this/next year"."""
    if m := _AGO.match(lower):
        n = NUMBERS.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
        if unit == "day":
            return When.of_day(ref - dt.timedelta(days=n))
        if unit == "week":
            return When.of_month(ref - dt.timedelta(days=7 * n))
        if unit == "month" or (unit == "year" and m.group(3)):
            months = ref.year * 12 + ref.month - 1 - n * (12 if unit == "year" else 1)
            return When(f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
        return When(str(ref.year - n), "year")
    if (m := _MONTH_YEAR.match(lower)) and m.group(1) in _MONTHS:
        year = ref.year + {"last": -1, "this": 0, "next": 1}[m.group(2)]
        return When(f"{year:04d}-{_month_number(m.group(1)):02d}", "month")
    return None


def _month_number(word: str) -> int:
    index = _MONTHS.index(word)
    return index + 1 if index < 12 else [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][index - 12]


def _bare_month(lower: str, ref: dt.date, future: bool) -> When | None:
    """ "in March": the last March (this one included), or the next one in a future clause."""
    m = _BARE_MONTH.match(lower)
    if not m or m.group(1) not in _MONTHS or m.group(1) in ("may", "mar"):
        return None  # "may" is usually the modal; dateparser reads "May" with a day or year
    month = _month_number(m.group(1))
    year = ref.year
    if future and month < ref.month:
        year += 1
    elif not future and month > ref.month:
        year -= 1
    return When(f"{year:04d}-{month:02d}", "month")


def _holiday(lower: str, ref: dt.date | None, future: bool) -> When | None:
    text = re.sub(r"^(on|the)\s+", "", lower)
    year_match = _YEAR.search(text)
    name = _YEAR.sub("", text).strip(" ,")
    found = date_words().holidays.get(name)
    if found is None:
        return None
    month, day = found
    if year_match:
        return When.of_day(movable.day_of(month, day, int(year_match.group(1))))
    if ref is None:
        return None
    this_year = movable.day_of(month, day, ref.year)
    if future:
        return When.of_day(this_year if this_year >= ref else movable.day_of(month, day, ref.year + 1))
    return When.of_day(this_year if this_year <= ref else movable.day_of(month, day, ref.year - 1))


@functools.lru_cache(maxsize=4096)
def resolve(text: str, published: dt.date | None, future: bool = False) -> When | None:
    """The point in time ``text`` (a date expression from an article) names, or ``None``.

    Relative expressions need ``published`` (the reference date); without it only expressions with a year
    resolve. ``future``: the expression's clause is in the future tense."""
    raw = " ".join(text.casefold().replace("’", "'").strip(",.;:()").split())
    if published is not None and (week := _week(raw, published, future)) is not None:
        return week
    if published is not None and (ago := _counted(raw, published)) is not None:
        return ago  # ("a year ago": read before ``_clean`` drops the "a")
    clean = _clean(text)
    lower = clean.casefold()
    if not clean or _DECADE.search(lower):
        return None
    holiday = _holiday(lower, published, future)
    if holiday is not None:
        return holiday
    if published is not None:
        found = (
            _weekday(lower, published, future)
            or _counted(lower, published)
            or _bare_month(lower, published, future)
        )
        if found is not None:
            return found
    return _parsed(clean, lower, published, future)


def _parsed(clean: str, lower: str, published: dt.date | None, future: bool) -> When | None:
    ago = lower.endswith(" ago")  # "two years ago" is a point in time, "two years" a duration
    if _VAGUE.search(lower) and not ago:
        return None
    has_year = bool(_YEAR.search(lower))
    relative = bool(_RELATIVE.search(lower))
    found = set(re.findall(r"[a-z]+", lower))
    if not (has_year or relative or found & set(_MONTHS) or found & set(_WEEKDAYS)):
        return None
    if published is None and not has_year:
        return None
    written = _written_date(lower, published, future)
    if written is not _UNREAD:
        return written
    base = published or dt.date(2000, 1, 1)  # only reached with an explicit year, which overrides it
    try:
        data = _parser(base, published is None, future).get_date_data(clean)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "day":
        return When.of_day(day)
    if data.period == "month":
        return When.of_month(day)
    if data.period == "year":
        return When(str(day.year), "year")
    return None


# The shapes most date entities take ("Aug. 25", "June 30, 2019", "January 2013", "1995"), read here as
# dateparser reads them (a test compares the two over every month spelling and day): dateparser takes
# milliseconds per expression and builds a parser for every new reference date.
_WRITTEN = re.compile(r"^(?:([a-z]+)\.? (\d{1,2})(?:,? (\d{4}))?|([a-z]+)\.? (\d{4})|(\d{4}))$")
_UNREAD = When("", "year")  # the shape is not one of those: dateparser reads it


# Days, months and years next to the reference day: (unit, how many from it), either tense.
_NEAR = {
    "today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
}  # fmt: skip


def _near(lower: str, ref: dt.date) -> When:
    unit, step = _NEAR[lower]
    if unit == "day":
        return When.of_day(ref + dt.timedelta(days=step))
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 + step
        return When(f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
    return When(str(ref.year + step), "year")


def _written_date(lower: str, ref: dt.date | None, future: bool) -> When | None:
    """``lower`` read in one of the common written shapes, or ``_UNREAD``."""
    if lower in _NEAR:
        return _near(lower, ref) if ref is not None else _UNREAD
    m = _WRITTEN.match(lower)
    if m is None:
        return _UNREAD
    name, day, year, month_name, month_year, bare_year = m.groups()
    if bare_year is not None:
        return When(bare_year, "year") if _YEAR.fullmatch(bare_year) else _UNREAD
    if month_name is not None:
        if month_name not in _MONTHS or not _YEAR.fullmatch(month_year):
            return _UNREAD
        return When(f"{month_year}-{_month_number(month_name):02d}", "month")
    if name not in _MONTHS or (year is not None and not _YEAR.fullmatch(year)):
        return _UNREAD
    month, number = _month_number(name), int(day)
    try:
        if year is not None:
            return When.of_day(dt.date(int(year), month, number))
        if ref is None:
            return _UNREAD
        this_year = dt.date(ref.year, month, number)
        if future:
            # (dateparser's future is strictly after the reference day; its past includes the day)
            return When.of_day(this_year if this_year > ref else dt.date(ref.year + 1, month, number))
        return When.of_day(this_year if this_year <= ref else dt.date(ref.year - 1, month, number))
    except ValueError:
        return _UNREAD  # no such day in that year (February 29): dateparser's way with it


def named_year(ent: Span) -> bool:
    """Whether a date expression is only the year in a name ("the Zapad 2017 exercises", "the Vostok 2018
    drills"): a year joined to a capitalised word before it that is no month or weekday, in a phrase whose
    noun comes after the year. It names the occasion, not when the clause's event happened."""
    doc = ent.doc
    years = [t for t in ent if _YEAR.fullmatch(t.text) and t.dep_ in ("nummod", "compound") and t.i > 0]
    if not years:
        return False
    year = years[0]
    name = doc[year.i - 1]
    if name.pos_ != "PROPN" or name.lower_.rstrip(".") in (*_MONTHS, *_WEEKDAYS):
        return False
    joined = year.head.i == name.i or name.head.i == year.i or name.head.i == year.head.i
    return joined and max(year.head.i, name.head.i) > year.i
