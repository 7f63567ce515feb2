"""One act told over a short span by one trigger: "helicopters fired rockets on Saturday and Sunday",
"held talks on Friday and Saturday", "drove them out in January and February". The date stage reads both
dates of the clause and the arguments stage drafts the act once per date, but the clause tells one act
done over the span (corpus/README.md: one gold event per real event), dated at its start: news dates an
act by the day it began, and a coarser gold date ("1991") still agrees with the first month.

Two days at most a week apart, or two months of one year, of one trigger, one code, one source and one
target are one event when the clause coordinates the two dates in one phrase ("on Saturday and Sunday");
"three devices on Monday and two more on Wednesday" or "on Monday and again on Friday" tell two acts,
a dateline's day beside the clause's own ("May 13 - ... talks on May 12") is no span, and a counted object
("attacked two towns on Monday and Tuesday") may be one a day (tests/coding/test_wire_reports.py). They are
one event (``coding/periods.py`` folds a period and a day within it the same way). Read by selection's
merging, which keeps the record of the first date (the draft told first, of equal weight).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.rules import declare
from newsevents.datewords import When

DAY_SPAN = declare(
    "select",
    "day-span",
    "one trigger's act of one code and pair dated by two days at most a week apart, or two months of one "
    "year ('on Friday and Saturday'), is one event, dated by the first",
    "UN helicopters fired rockets at rebel positions on Saturday and Sunday.",
)


def _coordinated_date(tok: Token) -> bool:
    """ "Sunday" in "on Saturday and Sunday": a date word coordinated with another."""
    return tok.dep == labels.CONJ and tok.ent_type_ == "DATE" and tok.head.ent_type_ == "DATE"


def _counted_object(verb: Token) -> bool:
    """Whether the verb's object is counted ("two towns", "three devices")."""
    return any(
        c.dep_ == "nummod" and c.like_num
        for o in doccache.children(verb)
        if o.dep == labels.DOBJ
        for c in doccache.children(o)
    )


# The widest span of days one verb tells as one act: a week ("fought on Monday and Friday").
_MAX_DAYS = 6


def spanned(trigger: Token, a: When | None, b: When | None) -> bool:
    """Whether two different dates of one precision are close enough to be one act's span: two days at
    most ``_MAX_DAYS`` apart, or two months of one year, coordinated in ``trigger``'s clause."""
    if a is None or b is None or a.precision != b.precision or a.date == b.date:
        return False
    clause = trigger if trigger.pos == labels.POS_VERB else trigger.head  # (a light verb's: "held talks")
    if not any(_coordinated_date(t) for t in doccache.subtree(clause)):
        return False
    if _counted_object(clause):
        return False  # ("attacked two towns on Monday and Tuesday": a count may be one a day, two acts)
    if a.precision == "month":
        return a.date[:4] == b.date[:4]
    if a.precision != "day":
        return False
    gap = dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)
    return abs(gap.days) <= _MAX_DAYS
