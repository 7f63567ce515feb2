"""A speaker saying a party is to blame: "said Russia was responsible for the attack", "said the Russian
state was culpable", "said the group remained the main suspect in the bombings", "said the rebels were
complicit". ("were to blame" is the blame rows'.)

No verb of accusing is used: the accusation (CAMEO 112) is in the predicate of the reported clause, a word
of culpability (``coding/data/culpable.toml``) or a "behind" phrase. ``coding/judgement.py`` asks
``culprit_clause`` for each clause a reporting verb governs and codes the clause's subject as the party
accused (or, negated for the speaker's own side, a denial).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

REPORTED_CULPRIT = declare(
    "trigger",
    "reported-culprit",
    "a speaker saying a named party is culpable, guilty, complicit or the suspect in an act "
    "('said the Russian state was culpable', 'said the group was the main suspect') accuses it (112)",
    "Oslo said the Vandorian state was culpable for the poisoning of the defector.",
)

# Copulas of a culpable predicate: "WAS culpable", "REMAINED the main suspect".
_COPULAS = frozenset({"be", "remain"})


@dataclass(frozen=True, slots=True)
class CulpableWords:
    """The word lists of ``coding/data/culpable.toml``."""

    for_adjectives: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class Culprit:
    """A reported clause that blames its subject, and whether a word of the table (not the "responsible
    for" or "behind" the judgement rules read first) did."""

    clause: Token
    table: bool


@functools.lru_cache(maxsize=1)
def culpable_words() -> CulpableWords:
    """The packaged table (read once per process)."""
    return word_table(CulpableWords, "coding/data/culpable.toml")


def culprit_clause(clause: Token) -> Culprit | None:
    """The culpability a reported clause lays on its subject: "was RESPONSIBLE FOR the attack", "was BEHIND
    the bombing" (the judgement rules' own shapes), "was CULPABLE", "was the main SUSPECT" (the
    table's). ("it was likely that Moscow was responsible" is coding/likely_blame.py's.)"""
    if clause.lemma_.casefold() not in _COPULAS:
        return None
    words = culpable_words()
    children = doccache.children(clause)
    if clause.lemma_.casefold() == "be":
        if any(c.dep_ == "prep" and c.lower_ == "behind" for c in children):
            return Culprit(clause, False)
        adjectives = (c for c in children if c.dep_ == "acomp" and c.lower_ in words.for_adjectives)
        if any(p.lower_ == "for" for c in adjectives for p in doccache.children(c)):
            return Culprit(clause, False)
    if any(c.dep_ == "acomp" and c.lower_ in words.adjectives for c in children):
        return Culprit(clause, True)
    nouns = any(c.dep_ == "attr" and c.lemma_.casefold() in words.nouns for c in children)
    return Culprit(clause, True) if nouns and _named_subject(clause) else None


def _named_subject(clause: Token) -> bool:
    """Whether the clause's subject names a party: a name, or a noun with a name in its phrase ("the
    Basque group ETA", "four Vandorian men", "officers of the army's intelligence arm" is none)."""
    subject = next((c for c in doccache.children(clause) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return any(names_a_party(t) for t in doccache.subtree(subject))


def names_a_party(tok: Token) -> bool:
    """Whether ``tok`` names a party: a proper noun ("ETA", "Moscow") or a capitalised modifier ("VANDORIAN
    men"); coding/feelings.py reads the names beside an outlook with it too."""
    return tok.pos_ == "PROPN" or (tok.dep_ == "amod" and tok.text[:1].isupper())
