"""A party's standing told as an apposition is no act: "Japan, India's largest aid donor, froze its
loans" names Japan's role, and "donor" there is no aid given now (still less by India, the possessor the
noun's source rule would read). An event noun set beside a named party, between commas, describes that
party; the act of the clause is its verb's. The modality stage drops such a trigger (coding/unasserted.py
asks this module)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

EPITHET = declare(
    "modality",
    "epithet",
    "an event noun in apposition to a named party ('Japan, India's largest donor') describes the party's "
    "standing; it is no act",
    "Norway, the island's biggest donor, cut its grants.",
)
# Entity labels of a named party an apposition may describe (countries, peoples, bodies, people).
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Adjectives that rank a party among others of its standing ("the MAIN supplier", "its CLOSEST ally"); an
# apposition without them or a possessor may restate the act itself ("a stop in Lahore, the first visit
# by ...").
_RANKS = frozenset(
    {"largest", "biggest", "main", "chief", "top", "leading", "principal", "key", "major", "closest", "sole"}
)


def epithet(tok: Token) -> str | None:
    """EPITHET when noun ``tok`` stands in apposition to a named party, set off by a comma and ranked
    by a possessor or an adjective of rank, else None."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.left_edge.i == 0:
        return None
    if tok.doc[tok.left_edge.i - 1].text != ",":  # (set off by a comma, not a dateline's dash)
        return None
    head, words = tok.head, doccache.children(tok)
    if not any(c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in _RANKS) for c in words):
        return None
    return EPITHET if head.pos_ == "PROPN" or head.ent_type_ in _PARTY_LABELS else None
