"""The date of an undated past act told with a purpose infinitive that carries a day: "Chadian troops
arrived to guard the president on Sunday" was Sunday's news, and the parser hangs the day on the nearest
verb, the infinitive's ("guard"), which the sentence rule then leaves alone when the infinitive is a
trigger of its own.

Only an adjunct of purpose counts (the parser's ``advcl`` with "to": the act and its purpose are told of one
occasion), never a complement ("agreed TO MEET on Sunday", ``xcomp``), which names a coming act; and only
a day on or before the report's day, and an act in the past tense.

Helper of ``newsevents.when`` (read after the event's own clause, its head noun, its offset, the clause it
belongs to and the sentence's free dates gave none). It reads the expressions' anchors and dates from the
plain mappings ``DocDates`` keeps (``sentencedates.SentenceDates``): no callback into the caller.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare
from newsevents.datewords import When
from newsevents.sentencedates import SentenceDates

PURPOSE_DAY = declare(
    "date",
    "purpose-infinitive-day",
    "an undated past act takes the day that hangs on its purpose infinitive: the parser hangs the day on "
    "the nearest verb, the act and its purpose are one occasion",
    "Chadian troops arrived to guard the president on Sunday.",
)
# Tenses of a past act (a coming one reads its dates forwards, by other rules).
_PAST_TAGS = frozenset({"VBD", "VBN"})


def purpose_day(tok: Token, dates: SentenceDates) -> When | None:
    """The first day, not after the report's, of an expression of ``dates`` (bound to no noun) that hangs
    on a purpose infinitive of the past verb ``tok``, else None."""
    reference = dates.reference
    if tok.pos_ != "VERB" or tok.tag_ not in _PAST_TAGS or reference is None:
        return None
    purposes = {c.i for c in doccache.children(tok) if c.dep_ == "advcl" and doccache.infinitive_to(c)}
    if not purposes:
        return None
    for ent, anchor in dates.anchored():
        if anchor.i in purposes:
            for when in dates.day_records(ent):
                if dt.date.fromisoformat(when.date) <= reference:
                    return when
    return None
