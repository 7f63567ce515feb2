"""An event ended early: "cut short a visit to Cairo", "curtailed his tour of the region".

The visit (or tour, or talks) named as the object was under way before the report, and what the report
tells is its end, most often for a crisis at home: not a visit made now, nor a break in relations with the
host (the text gives no word of one). The trigger on the object is dropped by the modality stage
(coding/unasserted.py asks this module); a break told in its own words ("recalled its envoy") is coded by
its own trigger. The words are in ``coding/data/curtailed.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

CURTAILED = declare(
    "modality",
    "curtailed",
    "an event named as the object of a verb that ends it early ('cut short a visit to Cairo', 'curtailed "
    "his tour') was under way before: the report tells its end, no event",
    "The Italian president cut short a state visit to Cairo after the floods.",
)
_FILE = "coding/data/curtailed.toml"


@dataclass(frozen=True, slots=True)
class CurtailedWords:
    """``coding/data/curtailed.toml``."""

    shortening_verbs: frozenset[str]
    cutting_verbs: frozenset[str]
    cutting_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def curtailed_words() -> CurtailedWords:
    """The shortening words, checked: every key present, each a list of words."""
    return word_table(CurtailedWords, _FILE)


def curtailed(tok: Token) -> bool:
    """Whether ``tok`` is the object of a verb that ends it early: a shortening verb, or a cutting verb
    with its word beside it ("cut SHORT", as an adverb or a predicate after the object)."""
    if tok.dep_ != "dobj" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    verb, words = tok.head, curtailed_words()
    lemma = verb.lemma_.casefold()
    if lemma in words.shortening_verbs:
        return True
    return lemma in words.cutting_verbs and any(
        c.lower_ in words.cutting_words
        for c in doccache.children(verb)
        if c.dep_ in ("advmod", "advcl", "acomp", "prt")
    )
