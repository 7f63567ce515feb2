"""One act told over a night: "shelled the depot late on Friday night and early Saturday" is one
attack that ran past midnight, not one attack each day. A clause that gives exactly two dates a day
apart, the later qualified as early in its day or the earlier as late in its own ("late on Sunday and on
Monday"), is dated by its start. Helper of ``newsevents.when`` (the clause's own dates)."""

from __future__ import annotations

import datetime as dt

from newsevents.coding.rules import declare
from newsevents.datewords import When

OVERNIGHT = declare(
    "date",
    "overnight",
    "an act told from one night into the next morning ('on Sunday night and early Monday') is one act, "
    "dated by its start",
    "Gunboats shelled the port on Friday night and early Saturday.",
)


def one_night(whens: list[When], step: str | None, text: str) -> tuple[list[When], bool, str | None]:
    """The dates of a clause (``whens``, read by rule ``step``; ``text`` its sentence) as
    ``When.event_dates`` gives them: a night's two days (a day apart, the sentence speaking of a night or
    an early or late hour) kept as the first only, by this rule."""
    if len(whens) != 2 or any(w.precision != "day" for w in whens):
        return whens, True, step
    first, second = (dt.date.fromisoformat(w.date) for w in whens)
    words = set(text.casefold().replace(",", " ").split())
    if (second - first).days == 1 and words & _NIGHT_WORDS:
        return whens[:1], True, OVERNIGHT
    return whens, True, step


# Words that tie two neighbouring days into one night ("Sunday NIGHT and EARLY Monday", "OVERNIGHT").
_NIGHT_WORDS = frozenset({"night", "overnight", "early", "late", "midnight", "dawn"})
