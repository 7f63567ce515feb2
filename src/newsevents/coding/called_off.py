"""An event noun whose taking place is denied tells no event: "a planned visit by the king will not go
ahead", "talks between the two did not take place".

The noun is the subject of a verb of occurring ("go ahead", "take place", "happen", "proceed"), and the
negation sits on that verb, not on the noun, so the modality stage, which reads the trigger's own clause,
saw a visit or talks asserted. The trigger is dropped (its future or past makes no difference: a visit
that will not go ahead is called off, one that did not take place never happened). Words:
``data/called_off.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

NEGATED_OCCURRENCE = declare(
    "modality",
    "negated-occurrence",
    "an event noun whose verb of occurring is negated ('the visit will not go ahead') tells no event",
    "A planned visit by the Thai king to Vientiane will not go ahead.",
)


@dataclass(frozen=True, slots=True)
class CalledOffWords:
    """``coding/data/called_off.toml``."""

    occurrence_verbs: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def called_off_words() -> CalledOffWords:
    """The verbs of occurring and the negations of the rule (``word_table`` checks every key)."""
    return word_table(CalledOffWords, "coding/data/called_off.toml")


def negated_occurrence(tok: Token) -> bool:
    """Whether event noun ``tok`` is the subject of a negated verb of occurring."""
    if tok.dep_ != "nsubj" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    verb, words = tok.head, called_off_words()
    children = doccache.children(verb)
    lemma = verb.lemma_.casefold()
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in children if c.dep_ in ("prt", "advmod", "dobj")}
    if not phrases & words.occurrence_verbs:
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in words.negations) for c in children)
