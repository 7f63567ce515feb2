"""A title written with a capital is still a common noun: "The President said", "the Prime Minister's
office".

Many outlets capitalise a head of state's or government's title when it stands alone for the holder the
story is about. The tagger then reads the title as a proper noun, and the rules that take a definite
description back to the holder named before ("Ruritanian President Ana Ruiz ... the president's envoy")
asked for a common noun, so a capitalised one fell to the dateline's or the sentence's country: "The
Prime Minister's office" in a report filed from the neighbour's capital was the neighbour's. A proper
noun whose lemma, alone or with the compound before it, is a title of ``titles.tsv`` is read as the
common noun it is (``common_head``). Asked by the phrase rule ``definite-description``
(actors/phrases.py) and by the owner of a possessed phrase (actors/owner.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.dictionary import ActorDictionary

__all__ = ["common_head"]


def common_head(tok: Token, dictionary: ActorDictionary) -> bool:
    """Whether ``tok`` heads a common noun phrase: a noun, or a title written as a proper noun ("the
    President", "the Prime Minister")."""
    if tok.pos_ == "NOUN":
        return True
    if tok.pos_ != "PROPN":
        return False
    lemma = tok.lemma_.casefold()
    if dictionary.title_role(lemma) is not None:
        return True
    before = (c for c in doccache.children(tok) if c.dep_ == "compound" and c.i == tok.i - 1)
    return any(dictionary.title_role(f"{c.lemma_.casefold()} {lemma}") is not None for c in before)
