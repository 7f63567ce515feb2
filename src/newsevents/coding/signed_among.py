"""A truce or an accord signed by a list of three or more parties is made among them.

``coagents.group`` lets three or more coordinated subjects of a one-way act act side by side, each on a
third party ("Britain, France and Germany urged restraint"). A ceasefire coded as a declared truce (0871)
is one-way by the codebook, so "Chad, Niger and Mali signed a ceasefire" became three truces, each aimed
at whatever fallback counterpart the article offered. Signing a truce or an accord is an act between the
signers (corpus/README.md: an agreement is one symmetric event between its parties), so such a list is
not a group: the arguments stage pairs the first two signers, as it does for an accord the codebook calls
symmetric ("signed a transit accord", ``coordinated-subject``).
A signing "with" a party outside the list ("signed a truce with the rebels") stays side by side. Words
in ``coding/data/signed_among.toml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_sets

_KEYS = ("signing_verbs", "accord_nouns", "party_prepositions")
# Dependencies by which a verb names what is signed: its object, or the object of "agree on/to".
_OBJECT_DEPS = ("dobj", "nsubjpass")
_AGREED_PREPS = ("on", "to")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/signed_among.toml", _KEYS)


def signed_among(tok: Token) -> bool:
    """Whether trigger ``tok`` is a signing of a truce or an accord that names no party outside its
    signers: "signed a ceasefire", "agreed on a truce", not "signed a truce with the rebels"."""
    words = _words()
    if tok.lemma_.casefold() not in words["signing_verbs"]:
        return False
    signed = False
    for child in doccache.children(tok):
        if child.dep_ in _OBJECT_DEPS:
            signed = signed or child.lemma_.casefold() in words["accord_nouns"]
        elif child.dep_ == "prep" and child.lower_ in words["party_prepositions"]:
            return False
        elif child.dep_ == "prep" and child.lower_ in _AGREED_PREPS:
            objects = (c for c in doccache.children(child) if c.dep_ == "pobj")
            signed = signed or any(o.lemma_.casefold() in words["accord_nouns"] for o in objects)
    return signed
