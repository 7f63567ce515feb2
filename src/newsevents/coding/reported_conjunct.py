"""Parse repair of ``coding/reattach``: a second main verb hung inside the reported clause.

"Oslo said it would not accept the ruling and RECALLED its envoy", "the president proposed that troops
help hold the port and CALLED on the allies to act": in a long sentence the small English model
coordinates the speaker's second act with the bare verb of what was said ("would not accept ... and
recalled"), so the act is read as part of the reported content, under its modal, its negation or its
proposal, and the speaker's own act is lost. A finite past-tense verb with no subject of its own cannot be
coordinated with a bare verb (tag ``VB``); it is put back beside the finite verb that opens the chain of
reported and complement clauses (``ccomp``, ``xcomp``, ``conj``), with its "and". The one-step case with
an infinitive's "to" under a finite verb is ``subject_root.infinitive_conjuncts``'s; adverbial and
participle clauses ("agreeing to cut spending and shut banks") are left alone: their verb is no main act.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding.rules import declare

REPORTED_CONJUNCT = declare(
    "trigger",
    "verb-after-reported-clause",
    "a past-tense verb with no subject that the parser coordinated with the bare verb of a reported clause "
    "('said it would not accept the ruling and recalled its envoy') is the speaker's own second act",
    "Oslo said it would not accept the ruling and recalled its ambassador from Riga.",
)
# Finite tags of the verb the chain opens from (a past participle with its auxiliary counts too).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Links climbed from the bare verb to the verb that opens the chain.
_CHAIN = frozenset({"ccomp", "xcomp", "conj"})
# Links a subject may hold; a verb with one of its own is a clause of its own.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# At most this many links are climbed (a longer chain is a parse too tangled to mend).
_MAX_CLIMB = 4


def reported_conjuncts(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Put each past-tense verb read as a conjunct of a bare verb in a reported clause beside the verb
    that opens the chain; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        bare = verb.head
        if verb.tag_ != "VBD" or verb.dep_ != "conj" or bare.tag_ != "VB" or bare.i >= verb.i:
            continue
        if any(c.dep_ in _SUBJECTS for c in doccache.children(verb)):
            continue
        opener = _chain_opener(bare)
        if opener is None:
            continue
        between = range(bare.i + 1, verb.i)
        links = [c for c in doccache.children(bare) if c.dep_ in ("cc", "punct") and c.i in between]
        verb.head = opener
        for link in links[-1:]:  # (the "and" just before the verb goes with it)
            link.head = opener
        mended += 1
    return mended


def _chain_opener(bare: Token) -> Token | None:
    """The finite verb with a subject that opens the chain of reported and complement clauses ``bare``
    hangs in, when the chain has at least one reported or complement link above a bare verb; else None."""
    node = bare
    for _ in range(_MAX_CLIMB):
        if node.dep_ not in _CHAIN or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
    if node is bare or node.i >= bare.i:
        return None
    finite = node.tag_ in _FINITE or (node.tag_ == "VBN" and any(c.dep_ == "aux" for c in node.children))
    if not finite or not any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(node)):
        return None
    return node
