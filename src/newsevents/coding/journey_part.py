"""A journey told by one of its parts: "at the end of the prime minister's visit to Hanoi", "on the second
day of her state visit to Seoul", "on the last leg of a trip to Nairobi".

A journey with its destination under a preposition of setting ("during a visit to Nairobi") is an act of
its own, held by its possessor or by the clause's subject (``syntax.journey_to``, ``syntax.setting_act``,
coding/clause_party.py). Told by its part, the journey hangs one step further down, from the "of" of a
noun that names a stretch or a point of it, itself under a preposition of the clause; the trigger stage
read the "of" as a preposition that only sets the scene, and the visit was lost. The part noun and the
preposition above it are checked here; that the journey names its destination ("to Hanoi") is
``syntax.journey_to``'s test, which ``syntax.setting_act`` adds. A journey is dated by its first day:
told at its end with its length ("at the end of a two-day visit") or on a later day of it ("on the third
day of"), it began that many days before its clause's date (``journey_start``, read by
``dateclause.offset``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.dateshift import Shift
from newsevents.datewords import NUMBERS

__all__ = ["journey_clause", "journey_part", "journey_start"]

# Nouns of a stretch or a point of a journey ("the END of", "the second DAY of", "the last LEG of").
_PARTS = frozenset(
    {"end", "start", "beginning", "close", "conclusion", "day", "leg", "stage", "part", "course", "stop"}
)
# Parts that are a journey's last day ("at the END of a two-day visit").
_LAST = frozenset({"end", "close", "conclusion"})
# Ordinal days of a journey ("on the SECOND day of").
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
# Prepositions that set such a part beside the clause's act ("AT the end of", "ON the second day of").
# Not "before", "ahead of" or "on the eve of": a journey yet to come is no visit made.
_PART_PREPS = frozenset({"at", "on", "during", "by", "towards", "toward", "after", "in", "near"})


def journey_part(tok: Token) -> Token | None:
    """The part noun ("end", "day") from whose "of" the noun ``tok`` hangs, when a preposition of setting
    governs it ("at the END of a visit"); None otherwise. (Whether ``tok`` is a journey with a
    destination is the caller's test.)"""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    part = tok.head.head
    if part.lemma_.casefold() not in _PARTS or part.dep_ != "pobj":
        return None
    return part if part.head.lower_ in _PART_PREPS else None


def journey_clause(tok: Token) -> Token | None:
    """The word the preposition above the part noun of ``tok`` hangs from (the clause's verb: "SIGNED an
    accord at the end of a visit"), or None when ``tok`` is told by no part."""
    part = journey_part(tok)
    return part.head.head if part is not None else None


def journey_start(tok: Token) -> Shift | None:
    """How many days before its clause's date the journey ``tok`` told by its part began: its length less
    one for its end ("at the end of a THREE-DAY visit"), the ordinal less one for a day of it ("on the
    THIRD day of"); None when its part says neither."""
    part = journey_part(tok)
    if part is None:
        return None
    lemma = part.lemma_.casefold()
    if lemma in _LAST:
        days = next((n for c in doccache.children(tok) if (n := _length(c)) is not None), None)
    elif lemma == "day":
        days = next((_ORDINALS[c.lower_] for c in doccache.children(part) if c.lower_ in _ORDINALS), None)
    else:
        days = None
    return Shift(1 - days, part.head.head, False) if days is not None and days > 1 else None


def _length(word: Token) -> int | None:
    """The days of a length modifier ("two-day", "3-day"), None for any other word."""
    if word.lemma_.casefold() != "day" or word.dep_ not in ("compound", "amod", "nmod"):
        return None
    for c in doccache.children(word):
        if c.dep_ == "nummod":
            return NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
    return None
