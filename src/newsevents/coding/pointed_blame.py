"""Accusations told as a trail, with no word of blame: "Paris said the clues pointed to the army",
"Nairobi said the shells came from positions of the Somali army".

A speaker who says the evidence of an act leads to a party, or that the fire came from a party's side,
charges that party with the act (CAMEO 112), as "said the army was behind it" does (``judgement``'s
``_culpable``). No dictionary row can say this: "point", "come" and "fire" are no verbs of blame, and the
charge is in the pairing of a thing found or fired (the clause's subject) with a party in its "to" or
"from" phrase. Kept narrow: the subject must be a noun of evidence or of fire (``data/pointed_blame.toml``),
the clause neither negated nor hedged by a modal ("could have come from" is a guess), and the party a
phrase of its own, not the speaker's pronoun. ``judgement._reported`` calls this for each reported clause.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

POINTED_BLAME = declare(
    "trigger",
    "pointed-blame",
    "a speaker saying the evidence of an act points to a party ('said the clues pointed to the army') or "
    "that the fire came from a party's side ('said the shells came from army positions') accuses it (112)",
    "Paris said the clues pointed to the Syrian army.",
)
_FILE = "coding/data/pointed_blame.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"
# Dependencies of a clause's subject: active ("the clues pointed") and passive ("was traced").
_SUBJECTS = ("nsubj", "nsubjpass")
# Pronouns that name the speaker or nobody: "pointed to US", "came from THERE".
# Modifiers of the party's phrase that can carry its name ("the SYRIAN army", "SOMALI army positions").
_NAMING = frozenset({"amod", "compound", "poss", "nmod"})
_NO_PARTY = frozenset({"i", "we", "us", "me", "it", "there", "here", "them", "they", "itself", "elsewhere"})


@dataclass(frozen=True, slots=True)
class PointedWords:
    """``coding/data/pointed_blame.toml``."""

    trail_verbs: frozenset[str]
    trail_prepositions: frozenset[str]
    evidence_nouns: frozenset[str]
    origin_verbs: frozenset[str]
    origin_prepositions: frozenset[str]
    weapon_nouns: frozenset[str]
    negations: frozenset[str]
    region_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def pointed_words() -> PointedWords:
    """The verbs, prepositions and nouns of the rule (``word_table`` checks every key)."""
    return word_table(PointedWords, _FILE)


def pointed_blame(tok: Token, clause: Token) -> Trigger | None:
    """The accusation a reporting verb ``tok`` makes when its reported ``clause`` says a trail of evidence
    leads to a party, or fire came from one; its target is the party's phrase."""
    words = pointed_words()
    party = _trail(clause, words) or _weapon_origin(clause, words)
    if party is None:
        return None
    note = "a trail of evidence or fire said to lead to a party: an accusation"
    pattern = construction("ne.pointed-blame", _ACCUSE, tok, note)
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(party,), steps=(POINTED_BLAME,))


def _trail(clause: Token, words: PointedWords) -> Token | None:
    """The party a reported clause of a trail or an origin names: "the clues pointed TO the army", "the
    shells came FROM army positions"."""
    lemma = clause.lemma_.casefold()
    if lemma in words.trail_verbs:
        nouns, preps = words.evidence_nouns, words.trail_prepositions
    elif lemma in words.origin_verbs:
        nouns, preps = words.weapon_nouns, words.origin_prepositions
    else:
        return None
    if _hedged(clause, words):
        return None  # ("did not point to", "may have come from": no charge made)
    subject = next((c for c in doccache.children(clause) if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lemma_.casefold() not in nouns:
        return None
    return _party(clause, preps)


def _weapon_origin(clause: Token, words: PointedWords) -> Token | None:
    """The party a weapon of the reported clause was launched from: "the ship was hit by a drone LAUNCHED
    FROM Turkey", "a missile FIRED FROM Yemen struck the tanker" (the weapon the clause's subject or
    agent, the origin a participle hung on it)."""
    if _hedged(clause, words):
        return None
    weapons = [c for c in doccache.children(clause) if c.dep_ in _SUBJECTS]
    weapons += [o for a in doccache.children(clause) if a.dep_ == "agent" for o in doccache.children(a)]
    for weapon in weapons:
        if weapon.lemma_.casefold() not in words.weapon_nouns:
            continue
        for acl in doccache.children(weapon):
            if acl.dep_ == "acl" and acl.lemma_.casefold() in words.origin_verbs:
                party = _party(acl, words.origin_prepositions)
                if party is not None:
                    return party
    return None


def _hedged(clause: Token, words: PointedWords) -> bool:
    """A clause negated or hedged by a modal: "did NOT point to", "MAY have come from"."""
    return doccache.negated(clause, words.negations) or any(c.tag_ == "MD" for c in doccache.children(clause))


def _party(clause: Token, preps: frozenset[str]) -> Token | None:
    """The object of the clause's own "to" or "from" phrase, unless a pronoun of the speaker or of no
    party ("came from there")."""
    for prep in doccache.children(clause):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        obj = next((c for c in doccache.children(prep) if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ in _NO_PARTY or not named_phrase(obj):
            continue
        if not any(c.lower_ in pointed_words().region_words for c in doccache.children(obj)):
            return obj  # ("fired from EASTERN Ukraine": a region, not the state)
    return None


def named_phrase(obj: Token) -> bool:
    """Whether the phrase names its party in its own words: a name or a name's adjective ("the SYRIAN
    army", "RUSSIAN involvement", "positions of the ARMY of Chad" not), outside any clause or phrase hung on
    it: "ships in the Arabian Sea" and "areas held by rebels" name a place, and the own side's ships or a
    war's fronts told by a witness are no charge."""
    if obj.pos_ == "PROPN":
        return True
    return any(
        c.dep_ in _NAMING and (c.pos_ == "PROPN" or c.text[:1].isupper()) for c in doccache.children(obj)
    )
