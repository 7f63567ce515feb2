"""Phrases a light verb carries for its event noun: "made a plea to Berlin for tanks", "paid a visit to
Hanoi". The parser hangs the "to" and "for" phrases on the light verb ("make", "pay", "hold" ...:
``light`` in data/modality.tsv), but they complete the noun, whose patterns ask for them ("plea for"), so
they are read as the noun's own prepositions.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import kind_of

# the prepositions that complete an event noun (what is asked, of whom, over what); time and place
# phrases ("on Monday", "in Geneva") are the light verb's own
CARRIED = frozenset({"for", "to", "with", "over", "against"})


def carried_preps(tok: Token) -> list[Token]:
    """The completing prepositions on the light verb whose direct object is the noun ``tok``; none when
    ``tok`` is no such object."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or verb.pos_ != "VERB" or kind_of(verb) != "light":
        return []
    return [c for c in doccache.children(verb) if c.dep_ in ("prep", "dative") and c.lower_ in CARRIED]
