"""Parse repair of ``coding/reattach`` (through ``noun_root.mend``): a sentence's verb hung on a noun deep
inside its subject.

"Militiamen dressed as herders KILLED 40 villagers", "Police units backed by armoured cars PUSHED into
the town", "The first soldiers of a UN-backed mission LANDED in the capital": after a participle or
a preposition inside the subject, the small English model can read the sentence's verb as one more
participle, hung on the noun right before it ("herders [killed ...]"), and leave the sentence with no
verb: its root is the subject's head noun. The stages after then read the act as a description of that
noun, or not at all. In a sentence closed by a full stop whose root is a noun, a past form hung so
(``acl``) on a noun of the root's own phrase, right after that noun (or after the comma that closes an
apposition of the root: "the minister, Ana Ruiz, CALLED ..."), with no subject or auxiliary of its own
and a phrase of its own after it, is the sentence's verb: it is made the root, the root noun its subject.
``noun_root`` mends the same reading when the verb hangs on the root noun itself, after a comma. A
sentence whose root is an all-caps dateline city is left alone: measured, mending the phrase the parser
hung on the city after the dash found one lost act and repeated one already found.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

BURIED_VERB = declare(
    "trigger",
    "verb-buried-in-subject",
    "a past form hung as a participle on a noun inside the subject of a sentence with no verb ('militiamen "
    "dressed as herders killed 40 villagers') is the sentence's verb, the subject's head noun its subject",
    "Militiamen dressed as herders killed 40 villagers in central Chad on Sunday.",
)

# Dependents a verb of its own has: with one, the participle is a clause of its own ("those jailed BY").
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "agent", "expl", "mark"})
# What the verb has after it when it is the sentence's verb: an object, a phrase, an adverb ("deeper").
_VERB_PHRASE = frozenset({"dobj", "prep", "advmod", "npadvmod", "xcomp", "oprd", "dative"})
# Marks that close a sentence.
_CLOSERS = frozenset({".", "!", "?"})
# Finite tags, and the labels of a finite verb in a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "conj", "xcomp", "acl", "parataxis", "aux", "auxpass"})


def buried_verbs(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each sentence verb hung on a noun inside its subject; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        found = _subject_root(verb)
        if found is None:
            continue
        root = found
        # (the order keeps the tree a tree: the verb leaves the noun before the root hangs on it)
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for word in list(root.children):
            if word.i > verb.i and word.dep_ == "punct":  # (the closing stop is the verb's)
                word.head = verb
        verb.tag_ = "VBD"
        mended += 1
    return mended


def _subject_root(verb: Token) -> Token | None:
    """The noun heading ``verb``'s sentence, its subject, when ``verb`` is the sentence's verb read as a
    participle of a noun inside the subject; None otherwise."""
    if verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or verb.dep_ != "acl":
        return None
    sent = verb.sent
    root, noun = sent.root, verb.head
    if root.pos_ not in ("NOUN", "PROPN") or sent[-1].text not in _CLOSERS:
        return None
    subject = root
    # (an all-caps dateline city is no subject: measured, mending the phrase hung on it after the dash
    # found one lost act and repeated another one)
    if root.text.isupper() or noun.i == subject.i or not subject.i < noun.i < verb.i:
        return None
    if not _right_after(verb, noun, subject):
        return None
    kids = list(verb.children)
    if any(c.dep_ in _OWN_CLAUSE for c in kids) or not any(c.dep_ in _VERB_PHRASE for c in kids):
        return None
    # (a finite verb read as a noun after it, or as an adjective before it, may be the sentence's verb:
    # "words painted on it LAY there", "a ship on Monday FIRED water cannon at boats bound for X")
    if any(t.tag_ in _FINITE and t.dep_ not in _CLAUSES for t in sent if t.i > verb.i):
        return None
    if any(t.tag_ == "VBD" and t.dep_ not in _CLAUSES for t in sent if subject.i < t.i < verb.i):
        return None
    # (the noun is inside the subject's own phrase, before any finite clause: not in a relative clause)
    for word in noun.ancestors:
        if word.i == subject.i:
            return subject
        if word.dep_ in ("relcl", "advcl", "ccomp") or word.tag_ in ("VBZ", "VBP"):
            return None
    return None


def _right_after(verb: Token, noun: Token, subject: Token) -> bool:
    """``verb`` follows ``noun``'s phrase at once ("herders [killed]", "warplanes and helicopters
    [pushed]"), or the comma after the subject's apposition ``noun``."""
    before = verb.doc[verb.i - 1]
    inside = not before.is_punct and before.i in {t.i for t in noun.subtree}
    if verb.left_edge.i == verb.i and inside:
        return True
    # (after the comma only with an object: "the minister, Ana Ruiz, KNOWN as X" is a name's epithet)
    if not any(c.dep_ in ("dobj", "oprd", "xcomp") for c in verb.children):
        return False
    return before.text == "," and noun.dep_ == "appos" and noun.head.i == subject.i and before.i == noun.i + 1
