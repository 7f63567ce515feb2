"""A body of law as the subject of a verb: "Swiss law bars arms exports to countries at war".

Background sentences state what the law of a country allows or forbids: "U.S. law bars aid to such
forces", "the constitution says a new vote must be held within a month". The law is no party and the
sentence tells no act of the story: it states a standing rule, against which the story's acts are told
(corpus/README.md: background is no event). Only a verb in the present tense counts, for a standing rule
is told in the present; a law modified as one new text ("a new law bars", "the draft constitution says")
is left to the other rules, for its passing is news, and so is any verb in the past ("the law barred" may
tell a court's or a parliament's use of it). Read by the modality stage through ``coding/unasserted.py``;
the words are in ``coding/data/standing_law.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

STANDING_LAW = declare(
    "modality",
    "standing-law",
    "a verb in the present whose subject is a body of law ('Swiss law bars', 'the constitution says a vote "
    "must follow') states a standing rule, no act of the story; a law named as one new text ('a new law "
    "bars') is left to the other rules",
    "Peruvian law bars the sale of arms to countries at war.",
)
_FILE = "coding/data/standing_law.toml"
# Tags of a verb in the present tense, as a standing rule is told.
_PRESENT = frozenset({"VBZ", "VBP"})
# Links of the words that name the law as one text ("a NEW law", "the DRAFT constitution").
_MODIFIERS = frozenset({"amod", "compound"})


@dataclass(frozen=True, slots=True)
class StandingLawWords:
    """``coding/data/standing_law.toml``."""

    law_nouns: frozenset[str]
    new_text_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def standing_law_words() -> StandingLawWords:
    """The law and new-text words, checked: every key present, each a list of words."""
    return word_table(StandingLawWords, _FILE)


def standing_law(tok: Token) -> str | None:
    """STANDING_LAW when the verb ``tok`` is in the present with a body of law as its subject, else None."""
    if tok.tag_ not in _PRESENT:
        return None
    words = standing_law_words()
    for child in doccache.children(tok):
        if child.dep_ == "nsubj" and child.lemma_.casefold() in words.law_nouns:
            return None if _new_text(child, words) else STANDING_LAW
    return None


def _new_text(noun: Token, words: StandingLawWords) -> bool:
    """Whether ``noun`` is named as one new text ("a NEW law", "the DRAFT constitution")."""
    return any(c.dep_ in _MODIFIERS and c.lower_ in words.new_text_words for c in doccache.children(noun))
