"""The source's own side of a pair named with "between": no target of the act on that pair.

An act on what passes between two parties names both with "between" ("suspended all flights BETWEEN
Brazil and Bolivia", "halted trade between the United States and Cuba"). When the act's source is one
side of that pair, the pair's phrase names its counterpart once: the other side. The source's own
country in the phrase is where the act starts, not whom it is done to, and codes no self-targeted event
beside the real one. Read by ``own_clause.own_side`` for each target a head names; a pure function of
the parse and the resolved actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.roles import Head
from newsevents.records import Actor

__all__ = ["own_pair_side"]

# Prepositions that name a pair's two sides together.
_PAIR_PREPOSITIONS = frozenset({"between"})


def own_pair_side(head: Head, candidate: Actor, sources: list[Actor]) -> bool:
    """Whether ``candidate``, read at ``head``, is the sources' own country inside a "between X and Y"
    phrase that also names another side."""
    first = _pair_first(head.token)
    if first is None or candidate.country is None:
        return False
    own = {s.country for s in sources if s.country}
    return candidate.country in own and len(own) == 1 and bool(doccache.conjuncts(first))


def _pair_first(tok: Token) -> Token | None:
    """The first side of the "between" phrase ``tok`` stands in (as its object or a conjunct of it)."""
    first = tok.head if tok.dep_ == "conj" else tok
    if first.dep_ == "pobj" and first.head.lower_ in _PAIR_PREPOSITIONS:
        return first
    return None
