"""A date expression the recogniser ran on into the offset phrase after it: "agreed to accept the force on
Sept. 12 after weeks of pressure" comes as one DATE, "Sept. 12 after weeks", which reads as no date at
all, so the event fell back on the dateline. The phrase from "after" or "before" hangs from the clause,
not from the date: the expression is cut where it starts, and the date before it dates the clause.

So does a term after "to" that a court or a ban sets ("was sentenced last month to ten years" comes as one
DATE, "last month to ten years" or "last month to"): the length is no date; "last month" dates the sentencing.

Helper of ``newsevents.when`` (beside ``dateclause.comma_parts``, which cuts at a comma).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.datewords import date_words

# Units a term is counted in ("to ten YEARS", "to six MONTHS"): the end of a term after "to".
_TERM_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def without_tail(ent: Span) -> Span:
    """``ent`` up to a preposition of ``date_words().subordinators`` in it that hangs from a word outside
    it ("Sept. 12 | after weeks"), or at a term's "to" ("last month | to ten years"); ``ent`` itself
    when there is none, or when nothing comes before it."""
    doc = ent.doc
    words = date_words().subordinators
    for i in range(ent.start + 1, ent.end):
        tok = doc[i]
        term = tok.lower_ == "to" and any(c.lower_ in _TERM_UNITS for c in tok.children)
        cut = tok.lower_ in words or term
        if cut and tok.dep_ == "prep" and not ent.start <= tok.head.i < ent.end:
            return Span(doc, ent.start, i, label=ent.label)
    return ent
