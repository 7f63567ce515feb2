"""Captives described as held, beside the act that frees them: "rebels freed three engineers held in the
jungle since May".

A release story names its captives by their captivity: "the hostages held in the compound", "geologists
held for two months by militants were freed", "freed the envoy after holding him for a year". The holding
is the background of the release the sentence reports (corpus/README.md: one gold event per real event,
background is no event), not a detention of its own: the capture, where the story tells it, is told by its
own verb ("seized", "kidnapped"). Only a participle on the freed noun (its object, or its subject in the
passive) or a gerund after "after" on the freeing verb counts: "the soldiers held the officials at the
airport and freed them on Monday" tells both acts. Read by the modality stage through
``coding/unasserted.py``; the words are in ``coding/data/held_captive.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

HELD_CAPTIVE = declare(
    "modality",
    "held-before-release",
    "captives described as held beside the act that frees them ('freed three engineers held since May', "
    "'were freed after being held for a year') are the release's background, no detention of their own",
    "Rebels freed three Chilean engineers held in the jungle since May.",
)
_FILE = "coding/data/held_captive.toml"
# Links of the freed noun to its freeing verb: its object, or its subject in the passive.
_FREED_LINKS = frozenset({"dobj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class HeldCaptiveWords:
    """``coding/data/held_captive.toml``."""

    holding_verbs: frozenset[str]
    freeing_verbs: frozenset[str]
    after_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def held_captive_words() -> HeldCaptiveWords:
    """The holding, freeing and 'after' words, checked: every key present, each a list of words."""
    return word_table(HeldCaptiveWords, _FILE)


def held_captive(tok: Token) -> str | None:
    """HELD_CAPTIVE when the holding verb ``tok`` describes the captives of a release, else None."""
    words = held_captive_words()
    if tok.lemma_.casefold() not in words.holding_verbs:
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return HELD_CAPTIVE if _freed_noun(tok.head, words) else None
    if tok.dep_ == "pcomp" and tok.head.lower_ in words.after_words:
        verb = tok.head.head
        return HELD_CAPTIVE if verb.lemma_.casefold() in words.freeing_verbs else None
    return HELD_CAPTIVE if _freed_in_passive_conjunct(tok, words) else None


def _freed_noun(noun: Token, words: HeldCaptiveWords) -> bool:
    """Whether ``noun`` is what a freeing verb frees, or counted in it ("freed dozens OF workers")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.dep_ in _FREED_LINKS and noun.head.lemma_.casefold() in words.freeing_verbs


def _freed_in_passive_conjunct(tok: Token, words: HeldCaptiveWords) -> bool:
    """Whether the parser made the participle the main verb and the release its passive conjunct ("the
    journalist HELD captive for two years WAS FREED on Monday"): a finite clause of holding would not
    share its subject with a passive release ("police held two men and freed them")."""
    return any(
        c.dep_ == "conj"
        and c.lemma_.casefold() in words.freeing_verbs
        and any(a.dep_ == "auxpass" for a in doccache.children(c))
        and not any(s.dep_.startswith("nsubj") for s in doccache.children(c))
        for c in doccache.children(tok)
    )
