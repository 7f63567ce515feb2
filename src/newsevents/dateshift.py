"""Offsets between events counted in units of time ("a day after ...", "two weeks earlier", "five months
after ...", "two years before ..."): the units, the amount a phrase counts, and the date an offset gives.

A count of months or years is a round figure, as a count of weeks is: "five months after the rebels took
the town" dates the taking to a month, "two years after the coup" to a year, not to a day reckoned back
from the later event. Helpers of ``newsevents.dateclause`` and ``newsevents.when``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.datewords import NUMBERS, When

# Units of an offset, in days; hours and moments keep the reference day. A month counts 30 and a year
# 365 as a rough length only: ``Shift.apply`` moves a count of them by the calendar (``Shift.calendar``).
UNITS = {"day": 1, "night": 1, "week": 7, "month": 30, "year": 365, "hour": 0, "minute": 0, "moment": 0}
_MONTH = UNITS["month"]
_YEAR = UNITS["year"]


@dataclass(frozen=True, slots=True)
class Shift:
    """An event's offset in days from a reference: the clause or noun it is reckoned from, else (with
    ``from_sentence``) the sentence's main clause, else the last dated event."""

    days: int
    reference: Token | None
    from_sentence: bool
    from_report: bool = False  # "a week ago": from the report's own date
    calendar: str | None = None  # "month" or "year" when the count is of those ("thirty days" is not)

    def apply(self, base: str) -> When:
        """The date ``self.days`` from day ``base`` (ISO); a count of whole weeks, two or more ("six
        weeks after"), is a round figure: its month, not a day; a count of months its month, of years
        its year, from a month or a year too ("took the town in 2019 and lost it the following year")."""
        start = dt.date.fromisoformat(base if len(base) == 10 else (base + "-01-01")[:10])
        if (counted := calendar_shift(start, self.days, self.calendar)) is not None:
            return counted if len(base) != 4 else When(counted.date[:4], "year")
        day = start + dt.timedelta(days=self.days)
        weeks = abs(self.days) >= 14 and self.days % 7 == 0
        return When.of_month(day) if weeks else When.of_day(day)

    @property
    def long(self) -> bool:
        """Whether the shift counts months or years: it needs a date of its reference's own, since the
        story's last date is no base for "two months after the coup"."""
        return self.calendar is not None

    def from_day(self, reference: dt.date) -> When:
        """The date ``self.days`` from the report's own day ("a week ago"): weeks give their month."""
        if (counted := calendar_shift(reference, self.days, self.calendar)) is not None:
            return counted
        day = reference + dt.timedelta(days=self.days)
        return When.of_day(day) if abs(self.days) < 7 else When.of_month(day)


def calendar_shift(start: dt.date, days: int, calendar: str | None) -> When | None:
    """The month or year ``days`` from ``start`` (a count of years, 365 each, or of months, 30 each, as
    ``calendar`` says), moved by the calendar; None for counts of days and weeks (``calendar`` None)."""
    if calendar == "year":
        return When(f"{start.year + round(days / _YEAR):04d}", "year")
    if calendar == "month":
        months = start.year * 12 + start.month - 1 + round(days / _MONTH)
        return When(f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
    return None


def calendar_unit(unit: Token | None) -> str | None:
    """ "month" or "year" when ``unit`` counts an offset in those, else None (days, weeks, hours, none)."""
    name = unit_name(unit) if unit is not None else ""
    return name if name in ("month", "year") else None


# Words right after a month or year that make it an offset ("five months after", "a year earlier").
_COUNTED_FROM = frozenset({"after", "before", "earlier", "later", "ago"})
# Words that, with "the", make a month or year the one next to another event's ("the following year").
_NEXT_TO = frozenset({"next", "following", "previous", "prior", "same"})


def unit_name(tok: Token) -> str:
    """The unit ``tok`` names, singular ("" when a month or year is no offset)."""
    # Lemmas of capitalised plurals at the start of a sentence ("Hours later") are not always singular.
    word = tok.lemma_.casefold()
    word = word if word in UNITS else tok.lower_.removesuffix("s")
    return word if UNITS.get(word, 0) < _MONTH or _long_offset(tok) else ""


def _long_offset(tok: Token) -> bool:
    """Whether the month or year at ``tok`` counts an offset: "five months after ...", "a year earlier",
    "the following year", not "next month" or "last year" (the report's own, read as dates) nor a span
    ("suspended the sanctions for six months")."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    if after.i != tok.i and after.lower_ in _COUNTED_FROM:
        return True
    kids = {c.lower_: c.dep_ for c in doccache.children(tok)}
    return kids.get("the") == "det" and any(kids.get(w) == "amod" for w in _NEXT_TO)


def amount(unit: Token) -> int | None:
    """Days in "a day", "two days", "a week", "five months", "hours" (0); None when vague ("several
    days")."""
    size = UNITS[unit_name(unit)]
    if size == 0:
        return 0
    count: int | None = None
    for c in doccache.children(unit):
        word = c.lower_
        if c.dep_ == "amod" and word == "same":
            return 0
        if c.dep_ == "nummod":
            count = NUMBERS.get(word) or (int(word) if word.isdigit() else None)
        elif c.dep_ == "det" and word in ("a", "an", "one"):
            count = 1
    return count * size if count is not None else None
