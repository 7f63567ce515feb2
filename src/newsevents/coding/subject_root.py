"""A parse repair of ``coding/reattach``: the main verb read as a clause on its own subject.

"China, which brokered a truce in January, CALLED on all sides to cease fire": after a relative clause or
an apposition closed by a comma, the small English model often makes the subject noun the sentence's
root and hangs the finite verb after the comma on it as a clause of its own (``acl``/``relcl``). The
verb then has no subject, and the selection stage sets the sentence's main act aside as a background
clause while the relative clause (the scene) is kept. The verb is made the root again, the noun its
subject; the relative clause and the apposition stay on the noun.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding.rules import declare

SUBJECT_ROOT = declare(
    "trigger",
    "verb-after-subject-clause",
    "a finite verb after a comma that the parser hung on its subject as a clause of the subject ('China, "
    "which brokered a truce, called on ...') is the sentence's main verb, the noun its subject",
    "Norway, which hosted the last round, offered to mediate between the two sides.",
)

# Finite forms: a past-tense or present verb is a clause's verb, never a participle on a noun.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# The attachments the parser gives the misread verb.
_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# What a subject noun's own phrase holds between it and the verb: a relative clause or an apposition.
_PHRASE_DEPS = frozenset({"relcl", "appos"})


def subject_roots(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each main verb read as a clause of its subject; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        noun = _misread_subject(verb)
        if noun is None:
            continue
        # (the order keeps the tree a tree: the verb leaves the noun before the noun hangs on it)
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        mended += 1
    return mended


def _misread_subject(verb: Token) -> Token | None:
    """The noun ``verb`` should have as subject: the sentence's root noun, when ``verb`` is a finite verb
    with no subject of its own hung on that noun right after a comma that closes the noun's relative
    clause or apposition."""
    if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in _CLAUSE_DEPS:
        return None
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= verb.i or verb.i < 2:
        return None
    if doccache.token(verb.doc, verb.i - 1).text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    closed = [c for c in noun.children if c.dep_ in _PHRASE_DEPS and noun.i < c.i < verb.i]
    return noun if closed else None
