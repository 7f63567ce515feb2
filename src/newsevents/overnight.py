"""One act told over a night: "shelled the depot late on Friday night and early Saturday" is one
attack that ran past midnight, not one attack each day. A clause that gives exactly two dates a day
apart, the later qualified as early in its day or the earlier as late in its own ("late on Sunday and on
Monday"), is dated by its start. An undated act told as done "overnight" is dated the report's day, as
``corpus/README.md`` reads it (the night that ends on the morning the report is filed), not the earlier
day of the story told before it. Helper of ``newsevents.when`` (the clause's own dates, and its fallback)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.rules import declare
from newsevents.datewords import When

OVERNIGHT = declare(
    "date",
    "overnight",
    "an act told from one night into the next morning ('on Sunday night and early Monday') is one act, "
    "dated by its start",
    "Gunboats shelled the port on Friday night and early Saturday.",
)

OVERNIGHT_REPORT_DAY = declare(
    "date",
    "overnight-report-day",
    "an undated act told as done 'overnight' is dated the report's day: the night that ends on the "
    "morning the report is filed, not the day of the story told before it",
    "Gunmen stormed the mall on Saturday. Troops surrounded the building overnight. (dateline Sunday)",
)


def one_night(whens: list[When], step: str, sent: Span) -> tuple[list[When], str]:
    """The dates of a clause (``whens``, read by rule ``step``, in sentence ``sent``) and the rule that
    gave them: a night's two days (a day apart, the sentence speaking of a night or an early or late hour)
    kept as the first only, by this rule."""
    if len(whens) != 2 or any(w.precision != "day" for w in whens):
        return whens, step
    first, second = (dt.date.fromisoformat(w.date) for w in whens)
    if (second - first).days != 1:
        return whens, step
    words = set(sent.text.casefold().replace(",", " ").split())  # (built only for two neighbouring days)
    return (whens[:1], OVERNIGHT) if words & _NIGHT_WORDS else (whens, step)


# Words that tie two neighbouring days into one night ("Sunday NIGHT and EARLY Monday", "OVERNIGHT").
_NIGHT_WORDS = frozenset({"night", "overnight", "early", "late", "midnight", "dawn"})


def overnight_day(tok: Token, reference: dt.date | None) -> When | None:
    """The report's day ``reference`` for an undated act ``tok`` whose clause says "overnight"."""
    if reference is None:
        return None
    if any(c.lower_ == "overnight" for t in syntax.clause_chain(tok) for c in doccache.children(t)):
        return When.of_day(reference)
    return None
