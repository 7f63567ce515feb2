"""What a demand asks for is no act done: "Washington repeated its demand that Baghdad pull its troops
back", "Moscow ignored the court's order that Russia halt the offensive".

A clause hung on a noun of demanding by "that" (``demand_nouns`` in ``coding/data/demanded.toml``) tells
what one party asked of another; whether it happened is not said. The trigger stage read such a clause as an
asserted act of its subject ("Baghdad pulled its troops back", 0874) when the sentence had no other event for
it to give way to as background. The clause is now set aside in every sentence, as a demand's content told
by a verb is ("said Y must ...", coding/demands.py).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DEMANDED_CONTENT", "DemandedWords", "demanded_content", "demanded_words"]

DEMANDED_CONTENT = declare(
    "select",
    "demanded-content",
    "what a demand, order or call noun asks for ('its demand that X withdraw') is the demand's content, "
    "not an act told as done",
    "Washington repeated its demand that Baghdad pull its troops back from the border.",
)
# Dependencies of a clause on the noun it completes ("the demand THAT ... withdraw": acl, relcl or ccomp).
_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
# How far up from the trigger (a noun in the clause, "halt its OFFENSIVE") the clause's verb is looked for.
_MAX_STEPS = 3


@dataclass(frozen=True, slots=True)
class DemandedWords:
    """``coding/data/demanded.toml``."""

    demand_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def demanded_words() -> DemandedWords:
    """The nouns of demanding of ``coding/data/demanded.toml``, checked."""
    return word_table(DemandedWords, "coding/data/demanded.toml")


def demanded_content(tok: Token) -> str | None:
    """This rule's step when trigger word ``tok`` sits in a "that" clause completing a noun of demanding,
    else None."""
    clause = tok
    for _ in range(_MAX_STEPS):
        if clause.dep_ in _CLAUSE_DEPS and clause.head.pos_ == "NOUN":
            break
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    noun = clause.head  # (a noun: "demanded THAT ..." on the verb is read by coding/subjunctive.py)
    if clause.dep_ not in _CLAUSE_DEPS or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.casefold() not in demanded_words().demand_nouns:
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in doccache.children(clause))
    return DEMANDED_CONTENT if marked else None
