"""A pair that agrees to act, with the object of the act placed only by the story around it, acts on each
other. "Peru and Chile agreed on Monday to reopen embassies", datelined from a third capital where the talks
were held, has an object ("embassies", "prisoners of war") with no owner of its own, which the actors stage
places in the dateline's or the story's country; the venue or broker then read as the target of both
sides' pledge. An agreement made by two parties together is made between them (the conventions code a
pact two states reach with each other), so the second side is the target (``target:coordinated-subject``),
as for the pair's own unnamed organs (``targets.pair_own``). Called from ``coding/arguments.py``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents.actors.resolve import DocActors
from newsevents.coding import targets
from newsevents.records import Actor

# Verbs of a joint undertaking whose subjects are the parties to it ("X and Y AGREED to ..."), read on the
# act's own verb or a verb it hangs from.
_AGREED = frozenset({"agree"})
# How far up from the object a verb of agreement may govern it ("agreed to restore ties and reopen
# embassies": embassies <- reopen <- restore <- agreed).
_REACH = 4


def pair_own(
    found: list[Actor], sources: list[Actor], head: Token | None, actors: DocActors, day: dt.date | None
) -> bool:
    """``targets.pair_own``, or a third country that the object of an act two coordinated parties agree
    to does not name in its own words (read from the story or a phrase after it): the pair act on each
    other."""
    if targets.pair_own(found, sources, head, actors, day):
        return True
    own = {s.country for s in sources}
    if head is None or not found or any(t.country is None or t.country in own for t in found):
        return False
    return not _named_in(head, actors, {t.country for t in found}) and _agreed(head)


def _named_in(head: Token, actors: DocActors, countries: set[str | None]) -> bool:
    """Whether the words of the object ``head`` up to itself ("Peru's embassy", "the Chilean envoy") name
    one of ``countries``: then the object is that party's own, not placed by the story."""
    mentions = (actors.by_token.get(i) for i in range(head.left_edge.i, head.right_edge.i + 1))
    return any(m is not None and m.iso3 in countries for m in mentions)


def _agreed(head: Token) -> bool:
    """Whether a verb of agreement governs ``head`` within a few links."""
    tok = head
    for _ in range(_REACH):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.casefold() in _AGREED:
            return True
    return False
