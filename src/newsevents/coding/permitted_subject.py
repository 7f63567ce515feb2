"""The party let in, or let act, is the object of the verb of letting: "let the inspectors resume their
work", "allowed relief trucks to cross the border". spaCy reads the permitted clause as a clause of its
own (ccomp) whose subject is the one let, so the object words of "let" (``syntax.object_lemmas``) lack
it, and the rows that tell a yield by who is let in ("let inspector", 0862; "let &RELIEF", 0863) never
match. Here the permitted clause's subject and verb count as the permitting verb's object words, as an
object with a verbless complement does ("let the inspectors in"), when the one let is of the kinds a
state lets in from abroad (inspectors, monitors, investigators: 086x). Read by ``coding/objects.py``.
Words: ``coding/data/permitted_subject.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import syntax
from newsevents.coding.resources import word_table

__all__ = ["permitted_subject_words", "permitted_words"]

_FILE = "coding/data/permitted_subject.toml"


@dataclass(frozen=True, slots=True)
class PermittedWords:
    """``coding/data/permitted_subject.toml``."""

    permit_verbs: frozenset[str]
    let_in: frozenset[str]


@functools.lru_cache(maxsize=1)
def permitted_subject_words() -> PermittedWords:
    """The verbs of letting, checked: every key present, a list of words."""
    return word_table(PermittedWords, _FILE)


def permitted_words(verb: Token) -> set[str]:
    """The words of the subject and the verb of each clause a verb of letting governs ("let THE
    INSPECTORS RESUME their work"); empty for any other verb, or a clause whose subject is no one let in."""
    if verb.lemma_.casefold() not in permitted_subject_words().permit_verbs:
        return set()
    out: set[str] = set()
    for clause in doccache.children(verb):
        if clause.dep != labels.CCOMP or clause.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [
            c
            for c in doccache.children(clause)
            if c.dep == labels.NSUBJ and c.lemma_.casefold() in permitted_subject_words().let_in
        ]
        for subject in subjects:
            out |= syntax.phrase_lemmas(subject)
        if subjects:
            out.add(clause.lemma_.casefold())
    return out
