"""A clause a speaker says there is evidence of, or that evidence shows, is the speaker's claim: "Berlin
said there was hard evidence that Moscow was behind the hack" blames Moscow as "Berlin said Moscow was
behind the hack" does, and so does "said the evidence showed that Moscow was behind it".

The judgement rules read a reported clause (``judgement._reported``: "said Iran was behind it"); here
the clause hangs on a noun of evidence in an existential clause ("there was evidence [that ...]"), one step
further down. This module finds that inner clause, so the rules read it in place of the existential one.
Evidence denied ("there was no evidence that ...") claims nothing and is left alone; so is "no doubt"
turned round ("there was no doubt that" is a claim: doubt is read only when denied). A clause the speaker
says a party is convinced or certain of ("said it was convinced that Moscow was behind the hack", "the
governments are now convinced that Moscow is responsible, the minister announced") is read the same way:
official texts lay blame in that form. Words: ``data/evidenced.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table


@dataclass(frozen=True, slots=True)
class EvidencedWords:
    """``coding/data/evidenced.toml``."""

    evidence_nouns: frozenset[str]
    negations: frozenset[str]
    showing_verbs: frozenset[str]
    belief_adjectives: frozenset[str]
    blame_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def evidenced_words() -> EvidencedWords:
    """The evidence nouns and negations of the rule (``word_table`` checks every key)."""
    return word_table(EvidencedWords, "coding/data/evidenced.toml")


def evidenced_clause(clause: Token) -> Token:
    """The clause a reported existential clause says there is evidence of ("there was evidence [that
    Moscow was behind it]"), or ``clause`` itself when it is no such clause."""
    words = evidenced_words()
    if not any(c.dep_ == "expl" for c in doccache.children(clause)):
        return _believed_clause(clause, words) or _shown_clause(clause, words)
    for noun in doccache.children(clause):
        if noun.dep_ not in ("attr", "nsubj") or noun.lemma_.casefold() not in words.evidence_nouns:
            continue
        modifiers = [c for c in doccache.children(noun) if c.dep_ in ("det", "amod")]
        denials = [c for c in modifiers if c.lower_ in words.negations]
        denied = bool(denials) or doccache.negated(clause)
        # (evidence counts when asserted; doubt only when denied: "there was no doubt that ...")
        if denied == (noun.lemma_.casefold() == "doubt"):
            inner = [c for c in doccache.children(noun) if c.dep_ in ("acl", "ccomp", "relcl")]
            if inner and any(c.dep_ == "mark" for c in doccache.children(inner[0])):
                return inner[0]
    return clause


def _shown_clause(clause: Token, words: EvidencedWords) -> Token:
    """The clause evidence is said to show ("said the evidence INDICATED [that X was involved]"), or
    ``clause`` itself: the speaker reports what the evidence shows as its own claim, as with "there was
    evidence that"; evidence that shows nothing ("no evidence showed", "did not show") claims nothing."""
    if clause.lemma_.casefold() not in words.showing_verbs or doccache.negated(clause):
        return clause
    subject = next((c for c in doccache.children(clause) if c.dep_ == "nsubj"), None)
    noun = subject.lemma_.casefold() if subject is not None else ""
    if subject is None or noun not in words.evidence_nouns or noun == "doubt":
        return clause
    if any(c.lower_ in words.negations for c in doccache.children(subject) if c.dep_ == "det"):
        return clause
    inner = [c for c in doccache.children(clause) if c.dep_ == "ccomp"]
    return inner[0] if inner else clause


def _believed_clause(clause: Token, words: EvidencedWords) -> Token | None:
    """The clause of blame a party is said to be convinced or certain of ("said it was CONVINCED [that X
    was behind it]"), or None; doubt ("not convinced") claims nothing, and a belief of another kind ("was
    confident that the talks would succeed") stays the speaker's outlook, read on the outer clause."""
    if clause.lemma_.casefold() != "be" or doccache.negated(clause):
        return None
    for adjective in doccache.children(clause):
        if adjective.dep_ != "acomp" or adjective.lower_ not in words.belief_adjectives:
            continue
        kids = doccache.children(adjective)
        if any(c.lower_ in words.negations for c in kids if c.dep_ in ("neg", "advmod")):
            return None
        inner = [c for c in kids if c.dep_ == "ccomp" and c.lemma_.casefold() == "be"]
        if inner and any(c.dep_ == "mark" for c in doccache.children(inner[0])) and _blames(inner[0], words):
            return inner[0]
    return None


def _blames(clause: Token, words: EvidencedWords) -> bool:
    """ "X was RESPONSIBLE", "X was BEHIND it": a clause that lays an act at its subject's door."""
    kids = doccache.children(clause)
    return any(c.dep_ in ("acomp", "prep") and c.lower_ in words.blame_words for c in kids)
