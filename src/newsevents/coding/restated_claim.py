"""Parse repair of ``coding/reattach``: a charge and its denial read as the main clause.

**Accusation read as the content of its own denial.** "The navy accused Chilean boats of fishing in its
waters, a charge Santiago denied": wires close an accusation with an indefinite claim noun ("a charge",
"a claim", "an accusation") and the relative clause of the party that denied it. The small English model
often makes the denying verb the sentence's root, the claim noun its subject (the denier a second subject
or the noun's apposition) and the accusation a clause under "denied". The accusation then reads as what
was denied, and the modality stage sets it aside as a denied claim. The accusing verb is made the root
again, the claim noun a phrase restating its clause, the denying verb a relative clause of the noun with
the denier as its subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding.rules import declare
from newsevents.coding.unasserted import unasserted_words

RESTATED_CLAIM = declare(
    "trigger",
    "restated-claim",
    "an accusation closed by an indefinite claim noun and its denial ('accused X of ..., a charge Y "
    "denied') that the parser hung under the denying verb is the main clause; the denial is the noun's "
    "relative clause",
    "The navy accused Chilean boats of fishing in its waters, a charge Santiago denied.",
)

# Determiners of a restating claim noun ("A charge", "AN accusation"): "the charge" may be a subject.
_INDEFINITE = frozenset({"a", "an"})
# Where the parser puts the claim noun on the denying verb: its subject ("a charge" + apposed denier) or its
# object (with the denier as subject).
_CLAIM_DEPS = frozenset({"nsubj", "dobj"})


def restated_claims(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each accusation read as the content of its own restated denial; the number mended."""
    mended = 0
    for verb in doc if words is None else words:
        noun = _claim_noun(verb)
        if noun is None:
            continue
        denial = verb.head
        deniers = [c for c in denial.children if c.dep_ == "nsubj" and c.i != noun.i]
        deniers += [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
        # (the order keeps the tree a tree: the verb leaves the denial, the noun leaves the denial, and
        # only then does the denial hang on the noun)
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "npadvmod"
        denial.head, denial.dep_ = noun, "relcl"
        for denier in deniers[:1]:
            denier.head, denier.dep_ = denial, "nsubj"
        mended += 1
    return mended


def _claim_noun(verb: Token) -> Token | None:
    """The restating claim noun of ``verb`` when the parser hung ``verb``, a past-tense verb, as the
    clause of a later denying root whose subject or object is an indefinite claim noun right after a
    comma."""
    if verb.tag_ != "VBD" or verb.dep_ != "ccomp":
        return None
    denial = verb.head
    words = unasserted_words()
    if denial.i <= verb.i or denial.dep_ != "ROOT" or denial.lemma_.casefold() not in words.denying_verbs:
        return None
    # (the parse's own children: doccache keeps what it read before a mend)
    for noun in denial.children:
        if (
            noun.dep_ not in _CLAIM_DEPS
            or noun.lemma_.casefold() not in words.claim_nouns
            or noun.i <= verb.i
        ):
            continue
        start = noun.left_edge
        if start.lower_ not in _INDEFINITE or start.i == 0:
            continue
        if doccache.token(verb.doc, start.i - 1).text == ",":
            return noun
    return None
