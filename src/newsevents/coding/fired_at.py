"""The target of a weapon fired at someone is the one it is fired at, not the weapon (issue 10).

"Iraq fired Scud missiles at Israel", "the navy launched cruise missiles into Syria": the direct object is
the weapon, and some weapons are generic agents of the actor dictionary ("scud missiles", "cruise
missiles": MIL, Phoenix), so the object phrase is read as an actor that the sentence's context places,
most often in the firing state itself. For an act of force whose object is a weapon and which names a
party with an aiming preposition ("at", "into", "against", "toward"), the weapon is no target: it is
left out of the target heads (read by received.turned), and the aimed party is found as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.roles import Head

__all__ = ["fired_at", "without_weapons"]

# Heads of weapon phrases fired or launched at a target.
_WEAPONS = frozenset(
    {
        "missile",
        "rocket",
        "shell",
        "mortar",
        "bomb",
        "drone",
        "grenade",
        "round",
        "projectile",
        "scud",
        "tomahawk",
        "salvo",
        "barrage",
        "torpedo",
    }
)
# Prepositions that aim a weapon at its patient (not "on", which as often sets the scene).
_AIMING = frozenset({"at", "into", "against", "toward", "towards"})


def fired_at(tok: Token, code: str) -> list[Token]:
    """The parties verb ``tok`` (coded ``code``) aims its weapon object at: "fired missiles AT ISRAEL"."""
    if not code.startswith(FORCE_ROOTS) or tok.pos_ != "VERB":
        return []
    kids = doccache.children(tok)
    if not any(c.dep_ == "dobj" and _weapon(c) for c in kids):
        return []
    preps = (c for c in kids if c.dep_ == "prep" and c.lower_ in _AIMING)
    return [p for c in preps for p in doccache.children(c) if p.dep_ == "pobj"]


def without_weapons(tok: Token, code: str, heads: list[Head]) -> list[Head]:
    """``heads`` less the weapon objects of ``tok`` when it aims them at a party ("fired Scud missiles at
    Israel": Israel, not the missiles)."""
    if not fired_at(tok, code):
        return heads
    return [h for h in heads if not (h.token.dep_ == "dobj" and h.token.head.i == tok.i and _weapon(h.token))]


def _weapon(tok: Token) -> bool:
    return tok.lemma_.casefold() in _WEAPONS
