"""Parse mending: the subject of a second clause read as the last coordinated object of the first.

"Peru cut ties with Chile and BOLIVIA protested the vote": with no comma before "and", the small English
model reads "Bolivia" as a second party beside "Chile" (a conjunct of the object) and "protested" as a
second verb of "Peru", which then has no subject of its own. The stages after it give the protest to Peru
(a shared subject) and make Bolivia a second target of the cut. When a verb coordinated with the clause's
verb has no subject and the words just before it are a named party coordinated with a noun of the first
verb's phrase (only the verb's auxiliaries, negation or adverbs between), that party is the second verb's
subject: it is moved there (``Token.head``, ``Token.dep_``), with its "and", before any coding stage
reads the tree. The rule runs from ``reattach.ReattachStage`` and reads the tree through spaCy itself.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

OBJECT_SUBJECT = declare(
    "source",
    "object-read-subject",
    "a named party after 'and' read as the last coordinated object of a clause, just before a verb of "
    "that clause's coordination that has no subject ('cut ties with Chile and Bolivia protested'), is that "
    "verb's subject",
    "Peru cut ties with Chile and Bolivia protested the vote on Monday.",
)

# Named-entity types of a party (a proper name with no type, or a noun with a country word on it, too).
_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Finite verb tags a clause of its own opens with (a bare "VB" needs an auxiliary before it).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Words that may stand between the party and its verb: the verb's own auxiliaries, negation, adverbs.
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def object_subjects(doc: Doc) -> int:
    """Make each coordinated party that opens a subjectless coordinated clause that clause's subject;
    the number of parties moved."""
    if not len(doc):
        return 0
    table = doc.to_array([DEP, POS])
    strings = doc.vocab.strings
    nouns = (table[:, 1] == strings["PROPN"]) | (table[:, 1] == strings["NOUN"])
    mask = (table[:, 0] == strings["conj"]) & nouns
    moved = 0
    for i in numpy.flatnonzero(mask):
        party = doc[int(i)]
        found = _clause_verb(party)
        if found is None:
            continue
        verb, conj_and = found
        party.head, party.dep_ = verb, "nsubj"
        conj_and.head = verb.head
        moved += 1
    return moved


def _clause_verb(party: Token) -> tuple[Token, Token] | None:
    """The subjectless coordinated verb ``party`` is the subject of, and the "and" before the party."""
    if not _names_party(party) or party.right_edge.i + 1 >= len(party.doc):
        return None
    doc, first = party.doc, party.head
    conj_and = doc[party.left_edge.i - 1] if party.left_edge.i > 0 else None
    if conj_and is None or conj_and.lower_ != "and" or conj_and.dep_ != "cc" or conj_and.head != first:
        return None
    verb = _next_verb(party)
    if verb is None or verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if not (verb.tag_ in _FINITE or any(c.dep_ == "aux" and c.i < verb.i for c in verb.children)):
        return None
    governor = verb.head
    if not (governor.i < first.i and _within(first, governor)):
        return None
    return verb, conj_and


def _next_verb(party: Token) -> Token | None:
    """The word after ``party``'s phrase past the verb's own auxiliaries and adverbs, when it is their
    verb."""
    doc = party.doc
    at = party.right_edge.i + 1
    while at < len(doc) and doc[at].dep_ in _BETWEEN and doc[at].head.i > at:
        at += 1
    if at >= len(doc):
        return None
    verb = doc[at]
    between = range(party.right_edge.i + 1, at)
    return verb if all(doc[j].head == verb for j in between) else None


def _within(word: Token, governor: Token) -> bool:
    """Whether ``word`` is in ``governor``'s phrase (its head chain reaches it)."""
    node = word
    for _ in range(len(word.doc)):
        if node == governor:
            return True
        if node.head == node:
            return False
        node = node.head
    return False


def _names_party(noun: Token) -> bool:
    """Whether ``noun`` names a party: a proper name, a named entity, or a noun with a country word on it
    ("Chilean troops")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in _PARTY_ENTITIES:
        return True
    return any(c.ent_type_ in _PARTY_ENTITIES for c in noun.children if c.dep_ in ("amod", "compound"))
