"""Deployments whose stated purpose serves the sending state itself: "ordered troops onto the streets to
support the police", "will send soldiers to the border to protect its citizens". coding/purpose.py reads
a helping purpose ("to help", "to protect", "to support") as military assistance to another party (074),
which is right for troops sent to help a foreign government or population; but when what the troops help
or guard is the state's own (its people, its border, its police), nobody else is assisted: the act stays
the deployment its row codes (15). The words are in ``coding/data/own_purpose.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

OWN_PURPOSE = declare(
    "code",
    "own-purpose",
    "troops sent to help or guard their own state's people, border or police ('to support the police', "
    "'to protect its citizens') are deployed (15), not sent as assistance to another (074)",
    "The army chief ordered soldiers into the capital to back up the police.",
)
_FILE = "coding/data/own_purpose.toml"
# Possessive pronouns that make the helped thing the sender's own ("ITS citizens").
_OWN_PRONOUNS = frozenset({"its", "their", "our"})


@dataclass(frozen=True, slots=True)
class OwnPurposeWords:
    """``coding/data/own_purpose.toml``."""

    own_nouns: frozenset[str]
    home_organs: frozenset[str]


@functools.lru_cache(maxsize=1)
def own_purpose_words() -> OwnPurposeWords:
    """The own-purpose words, checked: every key present, each a list of words."""
    return word_table(OwnPurposeWords, _FILE)


def serves_own(clause: Token) -> bool:
    """Whether the purpose ``clause`` ("to protect its citizens") helps or guards the sender's own: its
    object is an own noun with a possessive pronoun, or a home organ with no party of its own ("the
    police", not "the Malian police")."""
    words = own_purpose_words()
    for obj in (c for c in doccache.children(clause) if c.dep_ == "dobj"):
        lemma = obj.lemma_.casefold()
        if lemma not in words.own_nouns:
            continue
        children = doccache.children(obj)
        if any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in children):
            return True
        named = any(c.dep_ in ("amod", "compound", "poss") for c in children)
        if lemma in words.home_organs and not named:
            return True
    return False
