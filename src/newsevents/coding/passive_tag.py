"""Parse mending: the second participle of a coordinated passive tagged as a past-tense verb.

"The fishermen were driven to the border and HANDED over to their consul": the tagger reads "handed" as a
past tense (VBD), not as the participle it is, so the stages after it do not take it for a passive that
shares "were" and its subject (``roles.passive_conjunct`` asks for a participle). The handing over then
has no patient and no agentless-passive source, and makes no event. The word is retagged as the
participle (``Token.tag_``) before any coding stage reads it; it runs from ``reattach.ReattachStage``.

Only a conjunct of a passive verb with no subject, auxiliary, object or clause of its own is mended (a
verb with its own object, "were attacked and RETURNED fire", is active), and only where both verbs take
an object in an event pattern ("handed over", "deported"): a verb no such pattern gives an object stays a
past tense, and so does a verb after a state ("the ministry was surprised and called on Lima ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

PASSIVE_TAG = declare(
    "trigger",
    "passive-tag",
    "a past-tense verb coordinated with a passive verb, with no subject, auxiliary or object of its own "
    "('were driven to the border and handed over') is that passive's second participle",
    "The fishermen were driven to the border and handed over to their consul on Monday.",
)

# Dependents that make a coordinated verb a clause of its own, not the passive's second participle.
# (a clause it says or aims at, "and PROMISED that ...", "and CALLED on Moscow to ...", makes it a speaker's
# verb, not a second act done to the passive's subject)
_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "expl", "mark", "ccomp", "xcomp"})


def passive_tags(doc: Doc, transitive: frozenset[str], words: Iterable[Token] | None = None) -> int:
    """Retag each past-tense conjunct of a passive verb that is its second participle; the number mended.
    ``transitive``: the lemmas of verbs with a pattern that asks for an object."""
    mended = 0
    for verb in doc if words is None else words:
        if verb.tag_ != "VBD" or verb.dep_ != "conj" or verb.lemma_.casefold() not in transitive:
            continue
        first = verb.head
        if first.lemma_.casefold() not in transitive:
            continue  # (a state, "was surprised and called on ...", is no act the second verb continues)
        if first.tag_ != "VBN" or first.i >= verb.i or not any(c.dep_ == "auxpass" for c in first.children):
            continue
        if any(c.dep_ in _OWN for c in verb.children):
            continue
        verb.tag_ = "VBN"
        mended += 1
    return mended
