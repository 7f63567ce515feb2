"""An intention charged, not announced: "Guyana accused Caracas of preparing an invasion", "Tbilisi
accused Moscow of seeking to destroy its army".

The act under the intent verb reads as intended, and its intent twin codes the accused party's threat
(1382, 138): but the accused said nothing; the accuser says what it believes the other means to do. The
event is the accusation (11x), which the accusing verb codes on its own; the intended act gives way to
it. An act the accused is charged with having done ("accused Moscow of shelling the port") is told as
done and stays (coding/accused.py): only an intended or hypothetical act under the charge is dropped.
Word lists: ``coding/data/accused_intent.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.records import Modality

CHARGED_INTENT = declare(
    "select",
    "charged-intent",
    "an act a party is accused of preparing, planning or seeking to do is the accuser's charge, not the "
    "accused party's threat or intent: it gives way to the accusation",
    "Guyana accused Caracas of preparing an invasion.",
)
_FILE = "coding/data/accused_intent.toml"
# How far up the parse an accusing verb is looked for ("accused X of seeking to destroy the army": the
# act, its infinitive's verb, the gerund, "of", the accusing verb).
_MAX_STEPS = 6


@dataclass(frozen=True, slots=True)
class AccusedIntentWords:
    """``coding/data/accused_intent.toml``."""

    accusing_verbs: frozenset[str]
    charge_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def accused_intent_words() -> AccusedIntentWords:
    """The accusing verbs and the prepositions of their charge, checked: every key present."""
    return word_table(AccusedIntentWords, _FILE)


def charging_verb(tok: Token) -> Token | None:
    """The accusing verb whose charge (its "of" or "for" phrase) holds ``tok``, else None. Every verb on
    the way is the accused party's, with no subject of its own: a clause with one is another party's
    ("accused X of wanting to intervene, which Paris DENIED": the denial is no part of the charge)."""
    words = accused_intent_words()
    for _ in range(_MAX_STEPS):
        head = tok.head
        if head.i == tok.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(tok)):
            return None
        if tok.dep_ == "prep" and tok.lower_ in words.charge_prepositions:
            return head if head.lemma_.casefold() in words.accusing_verbs else None
        tok = head
    return None


def charged_intent(trigger: Trigger, modality: Modality) -> str | None:
    """The rule by which ``trigger``, an act read as intended or hypothetical inside an accusation's
    charge, gives way to the accusation; else None."""
    if modality not in ("intended", "hypothetical"):
        return None
    return CHARGED_INTENT if charging_verb(trigger.token) is not None else None
