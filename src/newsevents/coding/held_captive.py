"""Captives described as held, beside the act that frees them: "rebels freed three engineers held in the
jungle since May".

A release story names its captives by their captivity: "the hostages held in the compound", "geologists
held for two months by militants were freed", "freed the envoy after holding him for a year". The holding
is the background of the release the sentence reports (corpus/README.md: one gold event per real event,
background is no event), not a detention of its own: the capture, where the story tells it, is told by its
own verb ("seized", "kidnapped"). Only a participle on the freed noun (its object, or its subject in the
passive) or a gerund after "after" on the freeing verb counts: "the soldiers held the officials at the
airport and freed them on Monday" tells both acts.

Hostages held beside the act that took them are that act's state, no second act: "rebels who seized a
hotel on Tuesday were holding 200 hostages on Wednesday", "militants raided the town and were holding 300
hostages", "guerrillas were holding hostages at an army base, which they attacked at dawn". The
holding is dated by the report's day and the taking by its own, so selection's restatement rule (which
keeps acts of two dates apart) kept both as two records of one hostage-taking. Only a holding of hostages
or captives (its object, or the word that names them so) whose sentence tells a verb of taking by the same
party (a conjunct of it, a relative clause on its subject, or a clause inside its own) counts: "police
raided the house and are holding three suspects" tells a detention of its own.

Read by the modality stage through ``coding/unasserted.py``; the words are in
``coding/data/held_captive.toml``.
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
HELD_TAKEN = declare(
    "modality",
    "held-after-taking",
    "hostages held by the party whose taking of them the same sentence tells ('rebels who seized a hotel "
    "were holding 200 hostages', 'raided the town and were holding hostages') are that act's state, no "
    "second act",
    "Gunmen who seized a school on Monday were holding 300 hostages on Tuesday.",
)
_FILE = "coding/data/held_captive.toml"
# Links of the freed noun to its freeing verb: its object, or its subject in the passive.
_FREED_LINKS = frozenset({"dobj", "nsubjpass"})
# Tags of a finite verb ("held", "holds"); a progressive holding is told by its auxiliary ("were holding").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


@dataclass(frozen=True, slots=True)
class HeldCaptiveWords:
    """``coding/data/held_captive.toml``."""

    holding_verbs: frozenset[str]
    freeing_verbs: frozenset[str]
    after_words: frozenset[str]
    captive_nouns: frozenset[str]
    taking_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def held_captive_words() -> HeldCaptiveWords:
    """The holding, freeing and 'after' words, checked: every key present, each a list of words."""
    return word_table(HeldCaptiveWords, _FILE)


def held_captive(tok: Token) -> str | None:
    """HELD_CAPTIVE when the holding verb ``tok`` describes the captives of a release, HELD_TAKEN when it
    tells hostages kept by the party whose taking of them its sentence tells, else None."""
    words = held_captive_words()
    if tok.lemma_.casefold() not in words.holding_verbs:
        return None
    if _held_by_taker(tok, words):
        return HELD_TAKEN
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


def _held_by_taker(tok: Token, words: HeldCaptiveWords) -> bool:
    """Whether finite holding verb ``tok`` keeps hostages ("holding 700 hostages", "holding them hostage")
    and a verb of taking in its sentence is its conjunct, a relative clause on its subject ("rebels WHO
    SEIZED a hotel were holding"), or a clause inside its own ("at an army base, which they ATTACKED")."""
    if tok.tag_ not in _FINITE and not any(a.dep_ == "aux" for a in doccache.children(tok)):
        return False  # (a participle or an infinitive describes or plans: no state of the sentence's act)
    if not _keeps_captives(tok, words):
        return False
    subjects = [c for c in doccache.children(tok) if c.dep_ == "nsubj"]
    near = [c for c in doccache.children(tok) if c.dep_ == "conj"]
    near += [tok.head] if tok.dep_ == "conj" else []
    near += [t for s in subjects for t in doccache.subtree(s) if t.dep_ == "relcl"]
    near += [t for t in doccache.subtree(tok) if t.dep_ == "relcl" and not _other_subject(t)]
    return any(v.lemma_.casefold() in words.taking_verbs and v.pos_ == "VERB" for v in near)


def _keeps_captives(tok: Token, words: HeldCaptiveWords) -> bool:
    """Whether holding verb ``tok`` names what it holds as captives: its object or complement ("holding
    300 HOSTAGES", "holding them HOSTAGE"), or the people its object counts ("holding dozens OF hostages")."""
    for c in doccache.children(tok):
        if c.lemma_.casefold() in words.captive_nouns:
            return True
        counted = [g for p in doccache.children(c) if p.lower_ == "of" for g in doccache.children(p)]
        if c.dep_ == "dobj" and any(g.lemma_.casefold() in words.captive_nouns for g in counted):
            return True
    return False


def _other_subject(verb: Token) -> bool:
    """Whether a relative clause inside the holding's own names a subject of its own, another party than
    the holders ("the base, which the ARMY had left"): a pronoun ("which THEY attacked") is the holders."""
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in doccache.children(verb))
