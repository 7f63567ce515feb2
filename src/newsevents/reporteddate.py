"""Dates of what an event reports, not of the event: "The minister told senators that Libya was to blame
for the sinking of a boat, which was found capsized on Tuesday." A date that hangs in a clause a verb of
saying reports (its ``ccomp``, or a clause below one) dates the reported act or state, told as background
to the saying; neither the saying nor an event above it is dated by it. A date of the sentence that no
other event claims is read by ``newsevents.when`` only when it is not one of these (nor of a clause of its
own: ``newsevents.sincedate``). Words: ``data/reported_date.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.resources import word_table
from newsevents.sincedate import dates_own_clause

# Steps up from a date's anchor to the event it may lie below: "told X that Y was to blame for the sinking
# of a boat, which was found capsized on Tuesday" is nine (capsized, found, boat, of, sinking, for, blame,
# was, told); a clause nested deeper is no longer told as the saying's.
_REACH = 10


@dataclass(frozen=True, slots=True)
class ReportedWords:
    """``data/reported_date.toml``."""

    saying_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def reported_words() -> ReportedWords:
    """The words of the rule (``word_table`` checks every key)."""
    return word_table(ReportedWords, "data/reported_date.toml")


def reported_below(anchor: Token, tok: Token) -> bool:
    """Whether ``anchor`` lies in a clause reported below the event at ``tok``: a path up from ``anchor``
    to ``tok`` that goes through the ``ccomp`` link of a verb of saying."""
    saying = reported_words().saying_verbs
    node, reported = anchor, False
    for _ in range(_REACH):
        if node.i == tok.i:
            return reported
        if node.head.i == node.i:
            return False
        reported = reported or (node.dep_ == "ccomp" and node.head.lemma_.casefold() in saying)
        node = node.head
    return node.i == tok.i and reported


def dates_apart(anchor: Token, tok: Token) -> bool:
    """Whether the date hanging from ``anchor`` is not the event at ``tok``'s: it dates a clause of its own
    (``sincedate.dates_own_clause``) or one that the event reports."""
    return dates_own_clause(anchor) or reported_below(anchor, tok)
