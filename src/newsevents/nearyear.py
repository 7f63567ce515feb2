"""The year of a month and day written without one ("on May 25").

A bare month and day in a clause that is not itself in the future is read back from the report's day, as
a past day; but reporters write the year, or "last May", for a day most of a year back. When the same day
of the report's own year lies nearer ahead than its past reading lies back ("on May 25" in a February
report), it is that coming day: a day planned or announced, which then dates no act told as done
(``done_dates``).
"""

from __future__ import annotations

import datetime as dt
import re

from newsevents.coding.rules import declare
from newsevents.datewords import When

NEARER_YEAR = declare(
    "date",
    "nearer-year",
    "a month and day written without a year is the nearer of its two readings, this year's or last year's: "
    "a day a few weeks or months ahead of the report is a coming day, not one most of a year back",
    "RIGA, Feb 20 (Wire) - The assembly agreed on Friday to hold an early general election on May 30.",
)
_YEAR = re.compile(r"\b\d{4}\b")


def nearer_year(text: str, when: When, reference: dt.date | None) -> When:
    """``when``, a past reading of the date expression ``text``, or the same day a year later when that
    lies nearer the report's day ``reference`` (see the module's doc)."""
    if reference is None or when.precision != "day" or _YEAR.search(text):
        return when
    day = dt.date.fromisoformat(when.date)
    if day >= reference:
        return when
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:
        return when  # February 29
    return When.of_day(later) if reference < later and later - reference < reference - day else when
