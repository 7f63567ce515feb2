"""Date expressions that date no act of their clause, by their place in it: the year in a name
(``datewords.named_year``) and a time an act is compared with ("would strike back harder than last
month", "more troops than in 2019"), which is the earlier act's, not this one's; the day a measure still
to come takes effect ("would impose duties from Saturday", "agreed to cap prices starting Monday"); and
a day after the report for an act told as done, which is the plan's beside it (``done_dates``).

Helper of ``newsevents.when``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from newsevents import datetense, doccache
from newsevents.coding.rules import declare
from newsevents.datewords import When, named_year

COMPARED_TIME = declare(
    "date",
    "compared-time",
    "a date after 'than' is the time an act is compared with, not the date of the clause's act",
    "Seoul warned on Monday that it would answer harder than last month.",
)
COMING_START = declare(
    "date",
    "coming-start",
    "the day a measure still to come takes effect ('would impose duties from Saturday') dates no act: the "
    "announcement or threat is dated by the clause that reports it",
    "The ministry said it would impose duties on imported wine from Saturday.",
)


def compared(ent: Span) -> bool:
    """Whether the date is the object of "than" ("harder than last month", "than in 2019")."""
    tok = ent.root
    for _ in range(2):
        head = doccache.head(tok)
        if head.i == tok.i:
            return False
        if head.lower_ == "than":
            return True
        if head.dep_ != "prep" or head.lower_ not in ("in", "on", "at", "during"):
            return False
        tok = head
    return False


def coming_start(ent: Span) -> bool:
    """Whether the date is the day a measure still to come takes effect ("would impose duties from
    Saturday", "would suspend flights STARTING Friday", "agreed on Friday TO CAP the price from Monday",
    "will stop ENFORCING the embargo from Saturday"): the coded act is the announcement or threat, dated
    by the clause that reports it. Not a span ("from Monday to Friday"). Read as the act's own date, the
    bare weekday would be counted back from the report, to a day the act had not happened on."""
    root = ent.root
    word = doccache.head(root)
    if root.dep_ not in _START_OBJECTS or word.lower_ not in datetense.tense_words("start_words"):
        return False
    if word.dep_ not in _START_LINKS:
        return False
    verb = _start_verb(doccache.head(word))
    return (
        verb is not None
        and _still_to_come(verb)
        and not any(_span_end(c) for t in (word, verb) for c in doccache.children(t))
    )


def _span_end(tok: Token) -> bool:
    """Whether ``tok`` ends a span of days ("from Monday TO Friday"), not a place ("to Togo")."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in ("to", "until", "till")
        and any(o.ent_type_ in ("DATE", "TIME") for o in doccache.children(tok))
    )


# How a date hangs from its start word ("from Monday", "starting Friday", "effective Sunday").
_START_OBJECTS = frozenset({"pobj", "npadvmod", "dobj"})
# How a start word hangs from the verb or noun of the act ("from" a preposition, "starting" a clause).
_START_LINKS = frozenset({"prep", "advcl", "acl", "advmod", "npadvmod"})


def _start_verb(tok: Token) -> Token | None:
    """The verb of the act a start word's phrase hangs from, through the object it may be parsed on
    ("cap the price of crude from Monday": "from" on "price")."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if doccache.head(tok).i == tok.i:
            return None
        tok = doccache.head(tok)
    return None


def _still_to_come(verb: Token) -> bool:
    """Whether ``verb`` tells an act still to come: a future or plan (``datetense.future_clause``), a
    to-infinitive of what was agreed, decided or threatened ("agreed to cap"), or a verb complement of
    one ("will stop ENFORCING")."""
    for _ in range(3):
        if datetense.future_clause(verb) or doccache.infinitive_to(verb):
            return True
        if verb.dep_ != "xcomp" or doccache.head(verb).i == verb.i:
            return False
        verb = doccache.head(verb)
    return False


def aside(ent: Span) -> bool:
    """Whether the date dates no act of its clause: a year in a name, a compared time, or the start of a
    measure to come."""
    return named_year(ent) or compared(ent) or coming_start(ent)


def done_dates(tok: Token, whens: list[When], reference: dt.date | None) -> list[When]:
    """``whens`` without the days after ``reference`` (the publication day, else the report's) when the
    event at ``tok`` is not itself to come: such a day is the plan's beside it ("voted to hold an election
    on May 25")."""
    # an event noun is in its verb's tense ("will hold an emergency meeting on Saturday")
    if datetense.future_clause(tok) or (tok.pos_ in ("NOUN", "PROPN") and datetense.future_clause(tok.head)):
        return whens
    return [w for w in whens if not datetense.after_report(w, reference)]


def done_shift(tok: Token, shifted: When | None, reference: dt.date | None) -> When | None:
    """An offset's date (``when.DocDates._offset``) unless it falls after the report's day for an act not
    itself to come: "threatened to widen the strike next week" is dated by the threat, not the strike."""
    if shifted is None or not datetense.after_report(shifted, reference):
        return shifted
    return done_dates(tok, [shifted], reference)[0] if done_dates(tok, [shifted], reference) else None
