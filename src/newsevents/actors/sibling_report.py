"""Pronouns in the second of two reported clauses: "Tokyo said that Seoul's seizure was illegal, and that
IT would take necessary measures".

A speaker who reports two things, each with its own "that", speaks of itself in the second: the pronoun
subject there takes up the speaker, not the subject of the first reported clause, which is only the
nearer one. (Without the second "that", "said Seoul had seized the boats and it would ...", the clause may
still be about Seoul; that reading is left to the nearest subject.)
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# The dependencies of a clause reported by a verb of speech.
_REPORTED = frozenset({"ccomp"})


def sibling_report_subject(subj: Token, pronoun: Token) -> bool:
    """Whether ``subj`` is the subject of a reported clause whose conjunct, marked by its own "that",
    holds ``pronoun`` as its subject: the pronoun means the speaker, so ``subj`` is passed over."""
    first = subj.head
    if first.dep_ not in _REPORTED or pronoun.dep_ != "nsubj":
        return False
    second = pronoun.head
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in doccache.children(second))
