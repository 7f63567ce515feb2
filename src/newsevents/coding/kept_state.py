"""Parse repair of ``coding/reattach``: a measure kept in force, "Pakistan KEPT the crossing CLOSED",
"Ghana LEFT its border with Togo SHUT".

The act is the participle (closing, sealing, freezing) done by the subject of the verb of keeping to its
object, and the gold codes it as that measure. The parser hangs the participle on "kept" as a complement
(``oprd``), an adverbial clause, a bare conjunct (no "and"), or on the object, or the noun of the object's
own phrase, as a reduced relative ("the border with Togo SHUT"); no rule reads an act from "keep", so the
measure was lost. A participle of a verb with a pattern (``coding/participles``) among the measures of
``data/kept_state.toml``, after the object of a verb of keeping and with no subject, auxiliary or object of
its own, is made the clause's verb in the keeping verb's place: it takes that verb's subject, auxiliaries,
tense, date and phrases, the object is its own, and "kept" hangs on it as a bare dependent.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding import participles, resources
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

KEPT_STATE = declare(
    "trigger",
    "kept-state",
    "the participle of a measure that completes the object of a verb of keeping ('kept the crossing "
    "closed') is the clause's verb, done by the keeper to the object",
    "Ghana kept its border with Togo closed on Friday.",
)

# How the parser hangs the participle on the verb of keeping.
_COMPLEMENT_DEPS = frozenset({"oprd", "advcl", "conj", "ccomp", "xcomp", "acomp", "dep"})
# Words a clause of its own has: with one, the participle is no bare complement.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "det", "mark", "cc"})


@dataclass(frozen=True, slots=True)
class KeptWords:
    """``coding/data/kept_state.toml``."""

    keep_verbs: frozenset[str]
    states: frozenset[str]


@functools.lru_cache(maxsize=1)
def kept_words() -> KeptWords:
    """The verbs of keeping and the participles of measures (``word_table`` checks every key)."""
    return word_table(KeptWords, "coding/data/kept_state.toml")


def kept_states(doc: Doc) -> int:
    """Mend each measure kept in force into the clause's verb; the number mended."""
    words = kept_words()
    mended = 0
    for found in doccache.words(doc, sorted(words.states)).values():
        for word in found:
            verb = _keeping_verb(word, words.keep_verbs)
            if verb is None or any(c.dep_ in _OWN_CLAUSE for c in word.children):
                continue
            lemma = participles.verb_of(word.text, resources.pattern_verbs())
            if lemma is None:
                continue
            _take_place(verb, word, lemma)
            mended += 1
    return mended


def _keeping_verb(word: Token, keep_verbs: frozenset[str]) -> Token | None:
    """The verb of keeping whose object ``word`` completes, or None: its head, or the verb of the object
    (or of the object's own phrase) the parser hung it on."""
    head = word.head
    if word.dep_ in _COMPLEMENT_DEPS:
        verb = head
    elif word.dep_ == "acl" and head.dep_ == "dobj":
        verb = head.head
    elif word.dep_ == "acl" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head  # ("left the border WITH Togo shut": the phrase on the verb or the object)
        verb = verb.head if verb.dep_ == "dobj" else verb
    else:
        return None
    if verb.i >= word.i or verb.pos_ != "VERB" or verb.lemma_.casefold() not in keep_verbs:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.i > word.i:
        return None
    # (a conjunct after "and" is a verb of its own: "kept the troops and closed the border")
    if any(c.dep_ == "cc" and verb.i < c.i < word.i for c in verb.children):
        return None
    return verb


def _take_place(verb: Token, word: Token, lemma: str) -> None:
    """Put ``word`` in ``verb``'s place, with its words, and hang ``verb`` on it."""
    # (the order keeps the tree a tree: the participle leaves the verb before the verb hangs on it)
    root = verb.dep_ == "ROOT"
    word.head, word.dep_ = (word if root else verb.head), verb.dep_
    word.pos_, word.tag_, word.lemma_ = "VERB", verb.tag_, lemma
    for child in list(verb.children):
        child.head = word
    verb.head, verb.dep_ = word, "dep"
