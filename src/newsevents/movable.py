"""Feasts that move with Easter ("on Easter Sunday", "on Good Friday"): their day in a given year.

``data/dates.toml`` [holidays] writes them as "E+N" / "E-N", days from Easter Sunday (read into
``DateWords.holidays`` as month 0 and that offset). Helper of ``newsevents.datewords``.
"""

from __future__ import annotations

import datetime as dt

# The month that marks a movable feast in ``DateWords.holidays`` (its day is the offset from Easter).
MOVABLE = 0


def parse(value: str) -> tuple[int, int]:
    """A [holidays] value: "MM-DD" for a fixed day, "E+N"/"E-N" for N days from Easter Sunday."""
    if value.startswith("E"):
        return MOVABLE, int(value[1:])
    month, day = value.split("-")
    return int(month), int(day)


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def day_of(month: int, day: int, year: int) -> dt.date:
    """The day of a [holidays] entry in ``year``."""
    if month == MOVABLE:
        return easter(year) + dt.timedelta(days=day)
    return dt.date(year, month, day)
