"""Performatives in quoted words: '"We condemn this attack," the ministry said'.

Quoted present-tense acts are rhetoric (coding/generic.py, ``quoted-rhetoric``): '"Lima is waging a
war on its people"' tells no war. A verb of a speech act in the first person present is different: to
say "we condemn", "I reject", "we demand", "we urge" is to condemn, reject, demand or urge, so the quote
performs the act it names and its speaker is the source. The verbs are in
``coding/data/performative.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table

_FILE = "coding/data/performative.toml"
# Tags of a verb in the simple present.
_PRESENT = frozenset({"VBP", "VBZ"})


@dataclass(frozen=True, slots=True)
class PerformativeWords:
    """``coding/data/performative.toml``."""

    speech_acts: frozenset[str]
    first_persons: frozenset[str]


@functools.lru_cache(maxsize=1)
def performative_words() -> PerformativeWords:
    """The speech-act verbs and first-person subjects, checked: every key present, each a list of words."""
    return word_table(PerformativeWords, _FILE)


def performed(tok: Token) -> bool:
    """Whether verb ``tok`` is a speech act its quoted speaker performs by saying it: a verb of the list
    in the simple present with a first-person subject ("we condemn", "I strongly reject"), with no
    auxiliary ("we would condemn" is no condemnation)."""
    words = performative_words()
    if tok.pos_ != "VERB" or tok.tag_ not in _PRESENT or tok.lemma_.casefold() not in words.speech_acts:
        return False
    children = doccache.children(tok)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children):
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:  # ("we condemn and reject it": the first's subject)
        head = head.head
    subjects = [c for c in doccache.children(head) if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ in words.first_persons
