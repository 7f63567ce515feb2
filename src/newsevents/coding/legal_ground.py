"""The offence a court or a prosecutor acts on: "charged two officers WITH PLANTING the bomb", "convicted
the spy chief OF ORDERING the massacre", "jailed him for life FOR SPYING".

A gerund hung by "of", "with", "for" or "over" from a verb of legal action (charge, convict, indict,
sentence, jail ...) names the ground of that act, an accusation a court weighs, not an act the report tells
as done: the corpus codes the charge, the conviction or the sentence (corpus/README.md: the events a
careful coder takes from a report; an alleged deed is the accuser's claim). Counted on the probe and
tuning sets: every such gerund the coder turned into an event of its own (a bombing 183, a killing 190, a
spying 090, a defiance 128) had no gold event of its own. A political accusation ("accused Lima OF
BOMBING the camp") is left alone: the corpus often codes the deed it names, and so is an arrest ("arrested
for throwing stones"), whose ground is often a protest told as done. Read by the modality stage through
``coding/unasserted.py``; the words are in ``coding/data/legal_ground.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

LEGAL_GROUND = declare(
    "modality",
    "legal-ground",
    "a gerund hung by 'of', 'with', 'for' or 'over' from a verb of legal action ('charged them with "
    "planting the bomb', 'jailed him for spying', 'found guilty of murdering') is the offence the court "
    "or prosecutor acts on, no event of its own",
    "Prosecutors in Oslo charged two sailors on Monday with smuggling rifles into the port.",
)
_FILE = "coding/data/legal_ground.toml"
# How many links are climbed from the preposition to the legal verb ("jailed him for ten years FOR
# spying": the parser hangs the second "for" from "years").
_MAX_CLIMB = 3


@dataclass(frozen=True, slots=True)
class LegalGroundWords:
    """``coding/data/legal_ground.toml``."""

    legal_words: frozenset[str]
    ground_preps: frozenset[str]


@functools.lru_cache(maxsize=1)
def legal_ground_words() -> LegalGroundWords:
    """The legal verbs and the prepositions of their ground, checked: every key present, each a list."""
    return word_table(LegalGroundWords, _FILE)


def legal_ground(tok: Token) -> str | None:
    """LEGAL_GROUND when ``tok`` is a gerund (or a gerund coordinated with it: "of abusing and KILLING")
    that a ground preposition hangs from a legal verb or "guilty", else None."""
    words = legal_ground_words()
    if tok.tag_ != "VBG":
        return None  # (a finite verb the parser hangs from the gerund is the court's own next act:
        # "convicted him of aiding rebels but RELEASED him")
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj"):
        return None
    prep = verb.head
    if prep.lower_ not in words.ground_preps:
        return None
    cur = prep
    for _ in range(_MAX_CLIMB):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.casefold() in words.legal_words and cur.pos_ in ("VERB", "ADJ"):
            return LEGAL_GROUND
        if cur.dep_ not in ("prep", "pobj", "dobj", "npadvmod"):
            return None
    return None
