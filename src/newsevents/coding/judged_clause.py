"""Judgements whose judged thing or party sits outside the judging clause's own object.

- A judging verb in a relative clause judges the clause's antecedent: "the referendum that Baghdad called
  unconstitutional", "a move his rivals called a coup", "the vote, which Lima called a sham".
- An existential reported clause that denies an act any standing blames the act its "for" names: "said
  there was no excuse for the raid".
- A reported clause that denies a party the standing to act ("had no authority to expel the envoys")
  blames a named party, not the speaker's own pronoun ("said it had no mandate to intervene").

``coding/judgement.py`` calls these; the words are in ``coding/data/judged.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.resources import word_table

__all__ = [
    "JudgedWords",
    "antecedent_parties",
    "existential_blame",
    "judged_words",
    "own_standing",
    "relative_antecedent",
]


@dataclass(frozen=True, slots=True)
class JudgedWords:
    """The word lists of ``coding/data/judged.toml``."""

    authority_words: frozenset[str]
    existential_nouns: frozenset[str]
    relative_pronouns: frozenset[str]
    partitive_heads: frozenset[str]


@functools.lru_cache(maxsize=1)
def judged_words() -> JudgedWords:
    """The packaged table (read once per process)."""
    # (the fields by dataclasses.fields, not __slots__: a class compiled by mypyc has none, README)
    return word_table(JudgedWords, "coding/data/judged.toml")


def relative_antecedent(verb: Token) -> Token | None:
    """The noun a judging verb in a relative clause judges ("the referendum [that Baghdad CALLED
    unconstitutional]", "a move [his rivals CALLED a coup]"): the clause has its own subject (a judge, not
    "a party called the Greens") and no object of its own but a relative pronoun."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    children = doccache.children(verb)
    relative = judged_words().relative_pronouns
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in relative:
        return None  # ("the envoy WHO called a strike": the antecedent is the judge, not the judged)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ not in relative and any(c.lower_ in relative for c in children):
        return None
    # (no relative pronoun at all: "a move his rivals called a coup" has its object gapped, and the
    # parser's object is the complement)
    return verb.head


def antecedent_parties(antecedent: Token) -> tuple[Token, ...]:
    """The heads whose party a judged antecedent names, best first: the antecedent itself ("Russia's
    incursion, which ..."), then the subject of the verb it belongs to, who did the act ("Kurds voted in a
    referendum that Baghdad called illegal", "the premier sacked the cabinet in a move his rivals called a
    coup")."""
    verb = antecedent.head
    if antecedent.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or antecedent.dep_ not in ("dobj", "pobj"):
        return (antecedent,)
    doers = tuple(c for c in doccache.children(verb) if c.dep_ == "nsubj")
    return (antecedent, *doers)


def existential_blame(clause: Token, words: Lexicon) -> tuple[Token, ...] | None:
    """ "said there WAS no excuse FOR the raid": the objects of the denied noun's "for" (the act
    blamed), or None when the clause is no such denial."""
    children = doccache.children(clause)
    if clause.lemma_.casefold() != "be" or not any(c.dep_ == "expl" for c in children):
        return None
    noun = next((c for c in children if c.dep_ == "attr"), None)
    if noun is None or noun.lemma_.casefold() not in judged_words().existential_nouns:
        return None
    denied = any(d.dep_ in ("det", "neg") and d.lower_ in words.negations for d in doccache.children(noun))
    if not denied and not any(c.dep_ == "neg" for c in children):
        return None
    acts = tuple(
        o
        for p in doccache.children(noun)
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    )
    return acts or None


def own_standing(subject: Token, tokens: list[Token]) -> bool:
    """Whether a reported clause denies standing to act to a pronoun ("said IT had no mandate"): most
    often the speaker itself, so no judgement of another party."""
    if subject.pos_ != "PRON":
        return False
    lemmas = {t.lemma_.casefold() for t in tokens}
    return bool(lemmas & judged_words().authority_words)
