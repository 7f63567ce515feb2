"""Dates that do not fit an event's tense: a date after the report's own day for an act told as done, and
the future of a plan told as a noun ("reported plans to stand in elections in January").

Helpers of ``newsevents.when`` and ``newsevents.dateexpr``; the plan nouns are in ``data/dates.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools

from spacy.tokens import Span, Token

from newsevents import dateclause, doccache
from newsevents.coding.rules import declare
from newsevents.datewords import When, date_table
from newsevents.errors import DataFileError
from newsevents.presentplan import present_plan

LATER_THAN_REPORT = declare(
    "date",
    "later-than-report",
    "a date of the sentence that falls after the report's own day is not the date of an act the sentence "
    "tells as done: it belongs to the plan or forecast beside it",
    "The minister thanked the donors and said the talks would resume on June 12.",
)
PRESENT_PLAN = declare(
    "date",
    "present-plan",
    "a verb of moving or meeting in the simple present that a bare weekday dates ('the envoy travels to "
    "Cairo on Friday') tells a plan: the weekday is the coming one (newsevents.presentplan)",
    "The foreign minister flies to Accra on Friday for talks with his Ghanaian counterpart.",
)
PLANNED_NOUN = declare(
    "date",
    "planned-noun",
    "an infinitive on a noun of plan or intent ('plans to hold elections in January') is in the future: "
    "its bare month or weekday is the coming one",
    "Crowds gathered to protest against the leader's plans to stand in elections in January.",
)


@functools.lru_cache(maxsize=8)
def tense_words(key: str) -> frozenset[str]:
    """A word list of ``data/dates.toml`` [tense]."""
    try:
        return frozenset(date_table()["tense"][key])  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"data/dates.toml: bad [tense] {key} ({exc})") from exc


def planned(anchor: Token | None) -> bool:
    """Whether ``anchor`` heads an infinitive on a plan noun ("plans TO STAND in elections in January"),
    itself or through a coordinated verb."""
    for _ in range(3):
        if anchor is None:
            return False
        if anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head
            continue
        return (
            anchor.dep_ == "acl"
            and doccache.infinitive_to(anchor)
            and anchor.head.lemma_.casefold() in tense_words("plan_nouns")
        )
    return False


def future_clause(anchor: Token | None) -> bool:
    """Whether the clause at ``anchor`` tells something still to come: a future tense or a plan."""
    if anchor is None:
        return False
    answers = doccache.memo(anchor.doc, _FUTURE_MEMO)  # (the dates of every trigger of a clause ask)
    found: bool | None = answers.get(anchor.i)
    if found is None:
        found = answers[anchor.i] = (
            dateclause.is_future(anchor)
            or planned(anchor)
            or present_plan(anchor, tense_words("present_plan_verbs"))  # ("flies to Cairo on Friday")
        )
    return found


_FUTURE_MEMO = "newsevents.datetense.future_clause"


def after_report(when: When, reference: dt.date | None) -> bool:
    """Whether ``when`` starts after the report's day ``reference`` (a month or year after it too)."""
    if reference is None:
        return False
    parts = [int(p) for p in when.date.split("-")]
    start = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return start > reference


def fits(tok: Token, when: When, reference: dt.date | None) -> bool:
    """Whether ``when``, a date of the sentence no event claims, can date the event at ``tok``: not a day
    after the report for an act that is not itself to come."""
    return future_clause(tok) or not after_report(when, reference)


def deadline(ent: Span) -> bool:
    """``dateclause.deadline`` ("must leave by Monday"), and a date an act is put off or carried on to
    ("postponed the vote to February 18", "extended the curfew until Monday"): the new date, not the act's."""
    if dateclause.deadline(ent) or scheduled_for(ent) or range_end(ent):
        return True
    root = ent.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in tense_words("new_date_prepositions")
        and prep.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "prep" and c.lower_ == "from" for c in doccache.children(prep.head))
    )


def scheduled_for(ent: Span) -> bool:
    """Whether the date is the day a coming event is set for ("called a general strike FOR Monday", "set
    elections FOR June", "a summit planned FOR May"): after "for", on a verb of setting or on its object.
    The call is told on the day of its own clause, else of the report, never on the coming day (read
    backwards from the report, "for Monday" would date the call to the Monday before)."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    setter = prep.head
    if setter.pos_ in ("NOUN", "PROPN") and setter.dep_ in ("dobj", "nsubjpass"):
        setter = setter.head  # ("called a strike for Monday": "for" on the strike)
    return setter.pos_ in ("VERB", "AUX") and setter.lemma_.casefold() in tense_words("scheduling_verbs")


def range_end(ent: Span) -> bool:
    """Whether the date ends a span of days whose start the text gives ("shelled the camps from Tuesday TO
    Thursday", "held them from Friday UNTIL Sunday"): the act is dated by its start, once, not once more
    by its end (the corpus dates a span by its first day)."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in tense_words("new_date_prepositions"):
        return False
    if prep.head.lower_ == "from":  # ("from Tuesday to Thursday": "to" on "from")
        return _dated_from(prep.head)
    froms = (c for c in doccache.children(prep.head) if c.dep_ == "prep" and c.lower_ == "from")
    return any(_dated_from(c) for c in froms)


def _dated_from(prep: Token) -> bool:
    """Whether the "from" phrase ``prep`` holds a date ("from Tuesday"), not a place ("from Lome")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in doccache.children(prep))
