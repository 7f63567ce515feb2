"""An act of force condemned with its maker named is told as fact: "Hanoi condemned the sinking of one of
its trawlers by a Chinese coast guard ship". The condemnation is coded (111), and the sinking is an event
the text asserts: the corpus codes condemnations of another state's act told as fact beside the act. An
event noun that is the object of a coded verb otherwise gives way to it (coding/triggers.py,
noun-under-coded-verb), so the act was lost. Only acts of force (assault, fight, mass violence) that name
their own maker in a "by" phrase are kept: without a maker the noun has no source of its own, and "condemned
the killings" may well refer to an act told elsewhere. Read through ``coding/accused.py``
(``accused_act_of_force``); the words are in ``coding/data/condemned_act.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.resources import word_table

__all__ = ["condemned_act_of_force", "condemned_words"]

_FILE = "coding/data/condemned_act.toml"


@dataclass(frozen=True, slots=True)
class CondemnedWords:
    """``coding/data/condemned_act.toml``."""

    condemning_verbs: frozenset[str]
    maker_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def condemned_words() -> CondemnedWords:
    """The words, checked: every key present, each a list of words."""
    return word_table(CondemnedWords, _FILE)


def condemned_act_of_force(tok: Token, code: str) -> bool:
    """Whether the event noun ``tok`` coded ``code`` is an act of force that a condemning verb takes as its
    object and that names its own maker ("the killing of two guards BY government troops")."""
    if not code.startswith(FORCE_ROOTS) or tok.dep_ != "dobj" or tok.pos_ != "NOUN":
        return False
    words = condemned_words()
    if tok.head.lemma_.casefold() not in words.condemning_verbs:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in words.maker_prepositions
        and any(g.dep_ == "pobj" for g in doccache.children(c))
        for c in doccache.children(tok)
    )
