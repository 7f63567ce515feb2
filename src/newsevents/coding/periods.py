"""One act dated twice by one trigger: a period and a day within it ("This week: Seoul returned fire on
Tuesday", "in March, on the 12th"). The date stage may read both the span and the day the clause gives;
the arguments stage then drafts the act once per date, but the clause tells one act on the day within
the span (corpus/README.md: one gold event per real event, dated at the precision the text gives).

Read by selection's merging (``coding/selection.py``), which keeps one trigger's drafts of one code and
pair together when their dates agree: a day within the other's month or year agrees with it, and the
record keeps the more precise date. Two days ("on Friday and Saturday") or two months coordinated in
the clause are one act's span (``coding/day_span.py``); two years, or two dates told apart, stay two.
"""

from __future__ import annotations

from newsevents.coding.day_span import DAY_SPAN, spanned
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.datewords import When

PERIOD_DAY = declare(
    "select",
    "period-and-day",
    "one trigger's act of one code and pair dated by a period and by a day within it ('this week ... on "
    "Tuesday') is one event on the day",
    "This week: the navy fired on a smuggling boat on Tuesday.",
)
# Date precisions from the least to the most precise: a record of one act keeps the most precise.
_RANK = {"year": 0, "month": 1, "day": 2}


def nested(a: When | None, b: When | None) -> bool:
    """Whether two dates agree: the same date, or one a period that holds the other ("2010-11" holds
    "2010-11-23", "2010" holds "2010-11")."""
    if a is None or b is None:
        return a == b
    if a.date == b.date:
        return True
    wide, narrow = (a, b) if len(a.date) < len(b.date) else (b, a)
    return narrow.date.startswith(wide.date + "-")


def precision_rank(when: When | None) -> int:
    """How precise a date is (no date: -1), to keep the more precise of two that agree."""
    return -1 if when is None else _RANK.get(when.precision, 0)


def period_step(a: Draft, b: Draft) -> str | None:
    """PERIOD_DAY when two drafts of one trigger, one code, one source and one target are dated by a
    period and a day (or month) within it, DAY_SPAN by two days (or months) of one short span; else None."""
    if a.token.i != b.token.i or a.code != b.code or a.when == b.when:
        return None
    span = spanned(a.token, a.when, b.when)  # (or two days of one span: coding/day_span.py)
    if not span and not nested(a.when, b.when):
        return None
    if (a.source.country, a.source.code) != (b.source.country, b.source.code):
        return None
    targets = {(d.target.country, d.target.code) if d.target is not None else None for d in (a, b)}
    return None if len(targets) != 1 else DAY_SPAN if span else PERIOD_DAY
