"""A phrase that names a place and, beside it, the state it belongs to or once belonged to, is one party:
"Belgrade's Kosovo province" -> the province's own name (XKX), "the former Soviet Republic of Georgia" -> GEO.

``country_modifier`` makes each country a phrase names an actor ("Chilean and Peruvian envoys" -> two
parties), so such a phrase gave one act two records, one per country (a repeat of one event: the owner
is how the writer places the region, not a party to the act). The place's own name is the party when it
is the phrase's head, a compound on it, or the object of "of" on it ("the Republic of X"), and every
other country word is a possessor ("Belgrade's") or an adjective ("Soviet"); a phrase that coordinates
its countries ("Chilean and Peruvian", "Chile, Peru") still names each.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents import labels
from newsevents.actors.mentions import Mention

__all__ = ["named_place"]

# Country words that name the place itself (an adjective or a demonym qualifies; a capital is a city).
_NAME_KINDS = frozenset({"name", "alias"})
_QUALIFIER_KINDS = frozenset({"adjective", "demonym"})


def named_place(head: Token, tokens: Sequence[Token], countries: Sequence[Mention]) -> list[Mention]:
    """``countries`` narrowed to the place the phrase at ``head`` names (the rule above), else as given."""
    if len({m.iso3 for m in countries}) < 2:
        return list(countries)
    if any(t.dep == labels.CC or t.lower_ == "," for t in tokens):
        return list(countries)  # ("Chilean and Peruvian envoys": each state a party)
    doc = head.doc
    places = [m for m in countries if m.country_kind in _NAME_KINDS and _names_head(doc[m.end - 1], head)]
    if len({m.iso3 for m in places}) != 1:
        return list(countries)
    others = [m for m in countries if m.iso3 != places[0].iso3]
    if all(m.country_kind in _QUALIFIER_KINDS or _possessor(doc[m.end - 1]) for m in others):
        return places
    return list(countries)


def _names_head(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is the head, a compound on it ("X region") or the object of "of" on a head that is
    a name ("the Republic of X")."""
    if tok.i == head.i:
        return True
    if tok.dep == labels.COMPOUND and tok.head.i == head.i:
        return True
    # (a name only: "the invasion of X" names the act's victim, its adjective the doer)
    of = tok.head
    return tok.dep == labels.POBJ and of.lower_ == "of" and of.head.i == head.i and head.pos_ == "PROPN"


def _possessor(tok: Token) -> bool:
    """Whether ``tok`` ends a possessive ("Belgrade's")."""
    return tok.dep == labels.POSS or any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in tok.children)
