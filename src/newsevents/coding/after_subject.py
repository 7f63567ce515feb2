"""Parse mending: the subject of a time clause read as the object of its "after".

"Chile sent rescuers, hours after an earthquake of magnitude 7 FLATTENED towns and killed thousands";
"Peru said it had accepted help, two days after the strongest quake in a century KILLED 500 people": when
the subject of an "after" (or "before", "since", "until") clause has a phrase of its own, the small English
model reads "after" as a preposition and the subject as its object ("after an earthquake"), and leaves the
clause's verb with no subject: hung on that preposition's head, or coordinated with the sentence's verb.
The stages after it then give the clause's act to the main clause's subject (a shared subject): the
earthquake's killing becomes an act of Chile's military, the militants' raid one of the government that
answered it, and the rows that read the doer ("a natural hazard kills": no event) never see it. When a
finite verb with no subject follows such an object, with no comma or "and" between (so "recalled its
envoy after the vote and expelled two diplomats" keeps its shared subject), the object is made the
verb's subject, "after" its mark and the offset on "after" ("two days") the verb's, as the parser reads
the same clause when the subject is short ("hours after militants killed 18 soldiers"). The rule runs
from ``reattach.ReattachStage`` and reads the tree through spaCy itself (heads move during the stage).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

AFTER_SUBJECT = declare(
    "source",
    "after-subject",
    "the subject of an 'after' clause read as the object of 'after' ('hours after an earthquake of "
    "magnitude 7 flattened towns'), just before a subjectless finite verb, is that verb's subject",
    "Peru sent rescuers, hours after an earthquake of magnitude 7 flattened towns in Chile.",
)
# Words that open a time clause the parser may read as a preposition.
_MARKS = ("after", "before", "since", "until", "till")
# Finite verb tags a clause of its own opens with.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Entity types of a time the preposition truly governs ("after Monday", "since 2019").
_TIMES = frozenset({"DATE", "TIME"})
# Tags of a relative pronoun: a clause of the object's own, whose verb the finite word may be.
_RELATIVES = frozenset({"WDT", "WP", "WP$"})


def after_subjects(doc: Doc) -> int:
    """Make each object of a time preposition that opens a subjectless clause that clause's subject; the
    number mended."""
    if not len(doc):
        return 0
    table = doc.to_array([DEP, LOWER])
    strings = doc.vocab.strings
    marks = numpy.isin(table[:, 1], [strings[m] for m in _MARKS]) & (table[:, 0] == strings["prep"])
    mended = 0
    for i in numpy.flatnonzero(marks):
        mark = doc[int(i)]
        found = _clause(mark)
        if found is None:
            continue
        subject, verb = found
        if verb.dep_ == "conj":
            verb.dep_ = "advcl"  # (coordinated with the sentence's verb: the time clause of it)
        offsets = [c for c in mark.children if c.dep_ == "npadvmod"]
        subject.head, subject.dep_ = verb, "nsubj"
        mark.head, mark.dep_ = verb, "mark"
        for offset in offsets:
            offset.head = verb
        mended += 1
    return mended + _marked_objects(doc)


def _marked_objects(doc: Doc) -> int:
    """The other misreading of the same clause: "after" read rightly as the clause's mark, but its subject
    hung on the mark as its object ("a day after Azerbaijan launched an offensive": "Azerbaijan" the object
    of "after", "launched" with no subject), so the act went to the main clause's subject. The object
    between the mark and its subjectless verb is made the verb's subject; the number mended."""
    mended = 0
    for mark in doc:
        if mark.dep_ != "mark" or mark.lower_ not in _MARKS:
            continue
        verb = mark.head
        # (a name only: a common noun there, "after a night of rioting left four dead", was also tried and
        # cost as much as it gained, the rows after it reading the old tree's target)
        objects = [c for c in mark.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if (
            len(objects) != 1
            or verb.pos_ != "VERB"
            or not mark.i < objects[0].i < verb.i
            or any(c.dep_ in _SUBJECTS for c in verb.children)
        ):
            continue
        objects[0].head, objects[0].dep_ = verb, "nsubj"
        mended += 1
    return mended


def _clause(mark: Token) -> tuple[Token, Token] | None:
    """(the object of ``mark``, the subjectless finite verb right after its phrase), when they are one
    misread clause: the verb is the preposition's head or hangs beside it on that head or one above it (a
    conjunct, a clause), and nothing between the
    object's phrase and the verb but words that hang inside that stretch or on the verb."""
    objects = [c for c in mark.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if len(objects) != 1 or mark.right_edge.i + 1 >= len(mark.doc):
        return None
    subject = objects[0]
    doc = mark.doc
    if subject.ent_type_ in _TIMES or any(t.dep_ == "relcl" or t.tag_ in _RELATIVES for t in mark.subtree):
        return None  # ("since Monday"; "after weeks of fighting in which shelling killed": its own clause)
    # (the first finite word or stop after the phrase: "the strongest quake to hit the country KILLED")
    verb = next((t for t in doc[mark.right_edge.i + 1 :] if t.tag_ in _FINITE or t.is_punct), None)
    if verb is None or verb.is_punct or verb.pos_ != "VERB":
        return None
    governors = [mark.head, *mark.head.ancestors]
    if not (verb == mark.head or (verb.dep_ in ("conj", "advcl") and verb.head in governors)):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    between = doc[mark.right_edge.i + 1 : verb.i]
    if any(t.is_punct or t.dep_ == "cc" for t in between):
        return None  # ("recalled its envoy after the vote and expelled ...": a shared subject)
    return subject, verb
