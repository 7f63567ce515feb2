"""Parse repairs of ``coding/reattach``: a finite verb of the main clause hung on the wrong word.

**Main verb read as a clause on its own subject.**
"Qatar, which hosted talks in March, CALLED on both factions to lay down arms": after a relative clause or
an apposition closed by a comma, the small English model often makes the subject noun the sentence's
root and hangs the finite verb after the comma on it as a clause of its own (``acl``/``relcl``). The
verb then has no subject, and the selection stage sets the sentence's main act aside as a background
clause while the relative clause (the scene) is kept. The verb is made the root again, the noun its
subject; the relative clause and the apposition stay on the noun.

**Second main verb read as a conjunct of an infinitive.** "Ghana called on Togo to free the reporters and
OFFERED to mediate": the parser coordinates the past-tense verb with the infinitive ("to free ... and
offered"), which puts it inside what Ghana asked of Togo: the offer is then Togo's, or the content of the
appeal. A finite past-tense verb cannot be coordinated with a bare infinitive; it is put back beside the
finite verb the infinitive hangs on, with its "and".
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

INFINITIVE_CONJUNCT = declare(
    "trigger",
    "verb-after-infinitive",
    "a past-tense verb the parser coordinated with an infinitive ('called on Togo to free them and "
    "offered to mediate') is the second verb of the clause the infinitive hangs on",
    "Ghana called on Togo to free the reporters and offered to mediate.",
)

# Finite forms: a past-tense or present verb is a clause's verb, never a participle on a noun.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# The attachments the parser gives the misread verb.
_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# What a subject noun's own phrase holds between it and the verb: a relative clause, an apposition, or a
# participle's phrase ("The reports, released by the council, POINTED to X": the participle closed by its
# comma is the noun's, so the finite verb after it is the clause's).
_PHRASE_DEPS = frozenset({"relcl", "appos", "acl"})


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
    clause, apposition or participle's phrase."""
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


def infinitive_conjuncts(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each past-tense verb read as a conjunct of an infinitive; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        infinitive = verb.head
        if verb.tag_ != "VBD" or verb.dep_ != "conj" or infinitive.tag_ != "VB" or infinitive.i >= verb.i:
            continue
        finite = infinitive.head
        if finite.tag_ not in _FINITE or finite.i >= infinitive.i or finite.i == infinitive.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        between = range(infinitive.i + 1, verb.i)
        links = [c for c in infinitive.children if c.dep_ in ("cc", "punct") and c.i in between]
        verb.head = finite
        for link in links[-1:]:  # (the "and" just before the verb goes with it)
            link.head = finite
        mended += 1
    return mended
