"""Blame told as involvement: "Ankara said agents of Ruritania were involved in the bombing" accuses
Ruritania (CAMEO 112), as "said Ruritania was behind the bombing" does (``judgement``'s ``_culpable``).

The reported clause is the passive "X was involved in [a deed]" (or "was involved" read as a copula with
an adjective); the deed is a hostile act (``data/involved_blame.toml``: an attack, a plot, a killing), not a
war or an effort, where a party is only a party. The charged party is the clause's subject when it names
an actor (a state, its agents, "elements in" a state), never a pronoun or the speaker's own side, and
neither the clause nor the deed is negated or put under a modal ("may have been involved" stays a
suspicion the judgement rules read, if at all). ``judgement._reported`` calls this through
``speech_blame``; the bare converted row that coded "involve" as a pessimistic comment (ph.involve.1,
012) is blocked for "involved in" by ne.pterror.12.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.objects import object_names_actor
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

INVOLVED_BLAME = declare(
    "trigger",
    "involved-blame",
    "a speaker saying a named party was involved in an attack, a plot or a killing ('said agents of the "
    "neighbour were involved in the bombing') accuses it (112)",
    "Police said agents of Ruritania were involved in the bombing of the embassy.",
)
_FILE = "coding/data/involved_blame.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"
# CAMEO code of a denial (016: deny responsibility).
_DENY = "016"
_INVOLVE = "involve"
# Pronouns and words for the speaker's own side: "said it was involved" is an admission, no charge.
_SELF = frozenset({"we", "i", "it", "he", "she", "they", "us", "itself"})
# Prepositions by which a subject of people names their state ("elements IN", "agents OF", "men FROM").
_PARTY_PREPOSITIONS = frozenset({"in", "of", "from"})


@dataclass(frozen=True, slots=True)
class InvolvedWords:
    """``coding/data/involved_blame.toml``."""

    deed_nouns: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def involved_words() -> InvolvedWords:
    """The deeds and negations of the rule (``word_table`` checks every key)."""
    return word_table(InvolvedWords, _FILE)


def involved_blame(tok: Token, clause: Token) -> Trigger | None:
    """The accusation the reporting verb ``tok`` makes when its reported ``clause`` says a named party was
    involved in a hostile deed; its target is that party."""
    words = involved_words()
    verb = _involved(clause)
    if verb is None or any(c.tag_ == "MD" for c in doccache.children(clause)):
        return None  # ("may have been involved": a suspicion, not a charge)
    if not _in_deed(verb, words):
        return None
    subject = next((c for c in doccache.children(clause) if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None:
        return None
    if doccache.negated(clause, words.negations) or doccache.negated(verb, words.negations):
        return _denial(tok, subject)  # ("said its troops were not involved": a denial; another's: nothing)
    if subject.pos_ == "PRON" or subject.lower_ in _SELF:
        return None
    party = _party(subject)
    if party is None:
        return None
    pattern = construction("ne.involved-blame", _ACCUSE, tok, "a party said to have been involved in a deed")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(party,), steps=(INVOLVED_BLAME,))


def _denial(tok: Token, subject: Token) -> Trigger | None:
    """The speaker's denial (016) when the party said not to be involved is its own side: a pronoun ("it",
    "we") or a noun with a possessive pronoun ("its troops"); another party said not involved is no
    event. It is judgement's denied act (its own side's act denied), told by the involvement clause."""
    from newsevents.coding.judgement import DENIED_ACT  # (judgement calls this module: import when used)

    kids = doccache.children(subject)
    if subject.pos_ != "PRON" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids):
        return None
    pattern = construction("ne.involved-denial", _DENY, tok, "a speaker says its own side was not involved")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=None, steps=(DENIED_ACT,))


def _involved(clause: Token) -> Token | None:
    """The participle "involved" of the clause: its head ("were INVOLVED in", passive) or the adjective of
    its copula ("were involved" parsed as "be" + acomp)."""
    if clause.lemma_.casefold() == _INVOLVE and clause.tag_ == "VBN":
        return clause
    if clause.lemma_.casefold() != "be":
        return None
    return next(
        (c for c in doccache.children(clause) if c.dep_ == "acomp" and c.lemma_.casefold() == _INVOLVE), None
    )


def _in_deed(verb: Token, words: InvolvedWords) -> bool:
    """Whether "involved" is said of a hostile deed: its "in" phrase names one ("in the BOMBING"), or it has
    none ("said elements in the country were involved", the story's attack understood); "involved in the
    war" or "in the talks" makes a party to them, no charge."""
    deeds = [
        o.lemma_.casefold()
        for p in doccache.children(verb)
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    ]
    return not deeds or any(d in words.deed_nouns for d in deeds)


def _party(subject: Token) -> Token | None:
    """The party the subject names: itself ("Syrian agents", "Ruritania"), or the state its "in", "of" or
    "from" phrase names ("elements IN Ruritania", "agents OF the neighbour")."""
    if object_names_actor(subject):
        return subject
    return next(
        (
            o
            for p in doccache.children(subject)
            if p.dep_ == "prep" and p.lower_ in _PARTY_PREPOSITIONS
            for o in doccache.children(p)
            if o.dep_ == "pobj" and object_names_actor(o)
        ),
        None,
    )
