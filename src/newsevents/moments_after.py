"""Acts told "within minutes" or "within hours" with no date of their own: "declared himself president on
Wednesday, and within minutes Washington recognised him", "the truce broke down within hours".

The span counts from the main act just told, so the act follows it on the same occasion and takes that
act's date, as "hours later" does (newsevents.when's fallback: the main clause's date, not a background
clause's told last; the last dated event's when no main clause before gives a date), not the dateline's or
the publication date. "Within hours OF the quake" names its own reference (newsevents.occasiondate), and a
longer span ("within a week") may cross into another day, so neither is read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax

# Spans short enough to stay on the day of the act they count from.
_MOMENTS = frozenset({"minute", "minutes", "moment", "moments", "hour", "hours"})


def within_moments(tok: Token) -> bool:
    """Whether the clause of ``tok`` is placed "within minutes" or "within hours" of an act it does not
    name (no "of" phrase)."""
    for verb in syntax.clause_chain(tok):
        for prep in doccache.children(verb):
            if prep.dep_ != "prep" or prep.lower_ != "within":
                continue
            for span in doccache.children(prep):
                if span.lower_ in _MOMENTS and not any(c.lower_ == "of" for c in doccache.children(span)):
                    return True
    return False
