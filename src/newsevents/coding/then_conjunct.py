"""Parse mending: a second verb after "then" left as a bare ``dep`` of the first.

"Iraq massed troops on the border in May, THEN PULLED them back": the small English model often hangs a
verb that follows ", then" (with no "and") on the first verb as an unlabelled ``dep``, not as its conjunct.
The stages after it share a subject only with a conjunct, so the second act (here a withdrawal) has no
source and makes no event. The verb is made the conjunct it is (``Token.dep_``), before any coding stage
reads the tree; it runs from ``reattach.ReattachStage`` with the other mending rules.

Only a verb with no subject of its own, after the first verb, with "then" (or "later") before it as its
own adverb, is mended: a ``dep`` with a subject is a clause of its own the parser could not place.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

THEN_CONJUNCT = declare(
    "trigger",
    "then-conjunct",
    "a verb after ', then' that the parser left as a bare dependent of the verb before it ('massed troops, "
    "then pulled them back') is that verb's conjunct and shares its subject",
    "Peru massed troops near the border in May, then pulled them back in June.",
)

# Adverbs of sequence that open a second act of the same subject ("then pulled", "later freed").
_SEQUENCE = frozenset({"then", "later"})


def then_conjuncts(doc: Doc, words: Iterable[Token] | None = None) -> int:
    """Make each subjectless verb after "then" that hangs as ``dep`` on an earlier verb its conjunct; the
    number mended."""
    mended = 0
    for verb in doc if words is None else words:
        if verb.dep_ != "dep" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        first = verb.head
        if first.i >= verb.i or first.pos_ != "VERB":
            continue
        kids = list(verb.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in kids):
            continue
        if not any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE and c.i < verb.i for c in kids):
            continue
        verb.dep_ = "conj"
        mended += 1
    return mended
