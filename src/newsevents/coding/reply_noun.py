"""Parse repair of ``coding/reattach``: a denying verb in the present read as a plural noun.

"Lima accuses Quito of arming the rebels, a charge Quito rejects": wires close an accusation with an
indefinite claim noun and the relative clause of the party that answers it (``restated_claim`` mends the
past tense). In the present the small English model reads the denying verb as a plural noun ("rejects",
as in "factory rejects") with the claim noun and the denier as its compounds, or with the claim noun its
subject: no verb is left to code the denial. When such a word closes a phrase that opens with "a"/"an" and
a claim noun right after a comma, it is made the verb (VBZ, its lemma) of a relative clause on the claim
noun, the last noun between them its subject, and the claim noun keeps the place the word had.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding.unasserted import unasserted_words

# Determiners of a restating claim noun ("A charge", "AN accusation"), as in restated_claim.
_INDEFINITE = frozenset({"a", "an"})
# Tags of the noun reading of a present-tense verb ("rejects" NNS).
_NOUN_TAGS = frozenset({"NNS", "NN", "NNP", "NNPS"})
# How many words the denier between the claim noun and the verb may take ("the interim government").
_MAX_DENIER = 5


@functools.lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Third-person present forms of the denying verbs (``unasserted.toml``), to their lemmas."""
    out: dict[str, str] = {}
    for lemma in unasserted_words().denying_verbs:
        if lemma.endswith("y"):
            out[lemma[:-1] + "ies"] = lemma
        elif lemma.endswith(("s", "sh", "ch", "x")):
            out[lemma + "es"] = lemma
        else:
            out[lemma + "s"] = lemma
    return out


def reply_nouns(doc: Doc) -> int:
    """Mend each denying verb read as a plural noun after "a claim noun + denier"; the number mended."""
    forms = _forms()
    mended = 0
    for verb in (t for ts in doccache.words(doc, tuple(forms)).values() for t in ts):
        found = _claim_and_denier(verb) if verb.tag_ in _NOUN_TAGS else None
        if found is not None and _mend(verb, *found):
            verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", forms[verb.lower_]
            mended += 1
    return mended


def _mend(verb: Token, noun: Token, denier: Token) -> bool:
    """Hang ``verb`` as a relative clause on ``noun`` with ``denier`` its subject, ``noun`` where the word
    hung (or where it hangs, when the word hung inside the phrase); False, untouched, if that would not
    leave a tree."""
    doc, span = verb.doc, range(noun.i, verb.i + 1)
    old = verb.head
    head, dep = (
        (old, "appos" if old.pos_ in ("NOUN", "PROPN") else "npadvmod")
        if old.i not in span
        else (
            noun.head,
            noun.dep_,
        )
    )
    if head.i in span or _above(noun, head) or head.i == noun.i:
        return False
    # (the order keeps the tree a tree: the noun leaves the word, the word hangs on the noun, then the denier
    # on the word)
    noun.head, noun.dep_ = head, dep
    verb.head, verb.dep_ = noun, "relcl"
    for t in doc[noun.left_edge.i : noun.i]:
        if t.head.i == verb.i:
            t.head = noun  # ("a" of "a charge")
    if _above(denier, verb):
        return True
    denier.head, denier.dep_ = verb, "nsubj"
    for t in doc[noun.i + 1 : verb.i]:
        if t.i != denier.i and t.head.i in (verb.i, noun.i) and not _above(t, denier):
            t.head = denier  # ("the" of "the government" the parser hung on the word)
    return True


def _above(top: Token, tok: Token) -> bool:
    """Whether ``top`` is ``tok`` or one of its heads."""
    for _ in range(len(tok.doc)):
        if tok.i == top.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _claim_and_denier(verb: Token) -> tuple[Token, Token] | None:
    """The claim noun and the denier of ``verb`` when it closes "a CLAIM DENIER VERB" after a comma."""
    doc = verb.doc
    end = verb.i + 1
    if end < len(doc) and not doc[end].is_punct:
        return None  # (the verb ends its clause: "a charge Minsk rejects." / ", ...")
    claims = unasserted_words().claim_nouns
    for i in range(verb.i - 2, max(0, verb.i - 2 - _MAX_DENIER), -1):
        noun = doc[i]
        if noun.lemma_.casefold() not in claims or noun.pos_ != "NOUN":
            continue
        det, comma = doc[i - 1] if i >= 1 else None, doc[i - 2] if i >= 2 else None
        if det is None or comma is None or det.lower_ not in _INDEFINITE or comma.text != ",":
            return None
        # (the denier's head: the noun between whose head lies outside the words between, "the government
        # in Quito" -> government; a noun inside its phrase would make the tree a cycle)
        inside = range(i + 1, verb.i)
        deniers = [t for t in doc[i + 1 : verb.i] if t.pos_ in ("NOUN", "PROPN") and t.head.i not in inside]
        return (noun, deniers[0]) if deniers else None
    return None
