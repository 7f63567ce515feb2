"""A verb with a complement of its own borrows no object from the verb coordinated with it.

``syntax.shared_object_verbs`` lets a verb with no object share the object of its conjunct ("freeze or
seize the assets": the assets are frozen too), so that an object-kind pattern (``@person``, ``@actor``,
``@place``: ``coding/objects.py``) can read what the pair of verbs acts on. A verb that already has a
phrase of its own before the conjunct is used without an object, and the conjunct's object is no part of
it: in "the envoy flew to the capital and met the king" the king is met, not flown anywhere, so "fly
@person to" (a wanted person flown to a court, 063) must not fire on the envoy's journey, and the trip is
a visit. Phrases of time ("on Monday", ``objects._time_phrase``) are no complement.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import syntax
from newsevents.coding.rules import declare

__all__ = ["OWN_COMPLEMENT", "object_verbs"]

OWN_COMPLEMENT = declare(
    "trigger",
    "own-complement",
    "a verb with a prepositional phrase of its own before its conjunct borrows no object from that conjunct",
    "The minister travelled to the capital and greeted the president (the president is greeted only)",
)


def object_verbs(tok: Token, time_phrase: Callable[[Token], bool]) -> list[Token]:
    """The verbs whose objects count as ``tok``'s (``syntax.shared_object_verbs``), less the conjuncts
    when ``tok`` has a prepositional phrase of its own (not one of time) before the first of them."""
    verbs = syntax.shared_object_verbs(tok)
    if len(verbs) < 2:
        return verbs
    first = min(v.i for v in verbs[1:])
    own = (
        c
        for c in doccache.children(tok)
        if c.dep == labels.PREP and tok.i < c.i < first and not time_phrase(c)
    )
    return [tok] if any(True for _ in own) else verbs
