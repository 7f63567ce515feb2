"""A carrier's arrival read as a noun phrase: the participle is the sentence's verb.

"Forty trucks of flour CROSSED into the province from Jordan": the small model reads the whole sentence
as one noun phrase, the trucks its root and "crossed" a participle on them (``acl``, ``VBN``), as in
"trucks seized at the port". The delivery then has no verb and is lost. A verb of arriving takes no
passive ("trucks crossed into X" can only be the trucks' own crossing), so when a sentence has no finite
verb and its root is a carrier of goods (``carriers`` and ``craft`` in coding/data/cargo.toml) with such a
participle after it in its phrase (``arriving``; on the carrier or on its cargo, "trucks carrying
food crossed"), the participle is the sentence's verb in the past tense and the
carrier its subject. Called by the parse-mending stage (``coding/reattach.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents import doccache, labels
from newsevents.coding.cargo_origin import cargo_words
from newsevents.coding.rules import declare

CARRIER_VERB = declare(
    "trigger",
    "carrier-arrival-verb",
    "a sentence with no finite verb whose root is a carrier of goods (trucks, a convoy, a plane, a ship) "
    "with a participle of arriving after it ('trucks crossed into X' read as a noun phrase) has that "
    "participle as its verb, the carrier its subject",
    "A convoy of thirty lorries carrying rice crossed into the province on Monday.",
)
# Tags of a finite verb or modal: a sentence with one has a verb of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# (as ``Token.tag`` gives them, newsevents.labels: every word of every sentence is tested)
_FINITE_IDS = labels.labels(_FINITE)
# Dependents that make a participle a passive or a modifier: an auxiliary, a passive subject, an agent.
_NOT_ACTIVE = frozenset({"aux", "auxpass", "nsubjpass", "agent", "nsubj"})


def carrier_verbs(doc: Doc) -> int:
    """Mend each sentence of ``doc`` read as a carrier's noun phrase; the number mended."""
    # (found first, mended after: moving heads while the sentences are read could move their bounds)
    found = [
        (sent.root, noun, part)
        for sent in doc.sents
        if not any(t.tag in _FINITE_IDS for t in doccache.sent_tokens(sent))  # (the Doc's Token objects)
        for noun, part in _carrier_arrival(sent)
    ]
    for root, noun, part in found:
        # (the order keeps one root: the participle takes the root's place before the rest hang from it;
        # a root of the carrier's own, as "In X, a convoy ...", hangs on the verb as its phrase)
        part.head, part.dep_ = part, "ROOT"
        if root.i != noun.i:
            root.head, root.dep_ = part, "prep" if root.pos_ == "ADP" else "dep"
        noun.head, noun.dep_ = part, "nsubj"
        part.tag_ = "VBD"
    return len(found)


def _carrier_arrival(sent: Span) -> list[tuple[Token, Token]]:
    """The first carrier of ``sent`` (its root, or a noun under a root that is no verb: "In X, a convoy
    ...") with a participle of arriving in its phrase, and that participle."""
    if sent.root.pos_ in ("VERB", "AUX"):
        return []
    for noun in sent:
        part = _arrival(noun)
        if part is not None:
            return [(noun, part)]
    return []


def _arrival(noun: Token) -> Token | None:
    """The participle of arriving after ``noun`` in its phrase (on it, or on its cargo: "trucks carrying
    food crossed"), when ``noun`` is a carrier of goods."""
    words = cargo_words()
    carried_by = words["carriers"] | words["craft"]
    if noun.pos_ != "NOUN" or not {noun.lemma_.casefold(), noun.lower_} & carried_by:
        return None
    for word in noun.subtree:
        if word.i > noun.i and word.dep_ == "acl" and word.tag_ == "VBN":
            if word.lemma_.casefold() in words["arriving"] and not any(
                c.dep_ in _NOT_ACTIVE for c in word.children
            ):
                return word
    return None
