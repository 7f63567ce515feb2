"""The state holding the people whose release is asked, told by the place they are held in: "demanded the
early release of a Ruritanian engineer detained in Freedonia's capital" names no earlier arrest, but the
participle on the freed places their detention in a country, and the country they are held in is the one
asked to free them. Read by coding/held_abroad.py when the article tells no earlier act of coercion or
other act of a foreign state on the asking state.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft

__all__ = ["held_in"]

# Participles of holding people (lemmas): "detained in X", "held in X", "jailed in X".
_HELD = frozenset({"detain", "hold", "arrest", "jail", "imprison", "abduct", "kidnap", "seize"})
# Prepositions that place the holding.
_PLACING = frozenset({"in", "at"})


def held_in(d: Draft, actors: DocActors) -> str | None:
    """The foreign country a participle of holding in ``d``'s trigger phrase places the freed in."""
    own = d.source.country
    for tok in doccache.subtree(d.token):
        if tok.lemma_ not in _HELD or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "relcl"):
            continue
        iso3 = _placed(tok, actors)
        if iso3 is not None and iso3 != own:
            return iso3
    return None


def _placed(verb: Token, actors: DocActors) -> str | None:
    for prep in doccache.children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in _PLACING:
            continue
        for pobj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            m = actors.by_token.get(pobj.i)
            if m is not None and m.kind == "country" and m.iso3:
                return m.iso3
            iso3 = actors.places.get(pobj.i)
            if iso3:
                return iso3
    return None
