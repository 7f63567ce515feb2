"""Reactions an act draws from a party: "the arrest drew sharp criticism from Berlin", "the reform earned
praise from Washington". The parser hangs the "from" phrase on the drawing verb, but it names the party
that reacts, so it is read as the reaction noun's own "from" phrase: its source by target:from-source
(coding/targets.py), with the act that drew it as its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon


def drawn_from(tok: Token) -> list[Token]:
    """The "from" prepositions on the drawing verb (``drawing_verbs`` in words.toml) whose direct object is
    the noun ``tok``; none when ``tok`` is no such object."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.casefold() not in lexicon().drawing_verbs:
        return []
    return [c for c in doccache.children(verb) if c.dep_ == "prep" and c.lower_ == "from"]


def drawn_reaction(tok: Token) -> bool:
    """Whether the noun ``tok`` is a reaction drawn from a party: the object of a drawing verb with a
    "from" phrase on the noun or on the verb ("drew criticism from Berlin and Paris": each reacts)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.casefold() not in lexicon().drawing_verbs:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "from" for c in (*doccache.children(tok), *doccache.children(verb))
    )
