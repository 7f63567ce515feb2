"""Event nouns supposed, not reported: "an attack on Taiwan could justify a response".

A speaker weighing what an act would bring names the act as the subject of a modal clause: "a Chinese
attack on Taiwan could justify a Japanese response", "a Russian invasion would be a catastrophe",
"sanctions might hurt both economies". The noun is a supposition of the speaker's, neither an act that
took place nor the intent of the party it names (corpus/README.md: statements are coded for their
speakers). The noun's verb must carry a modal of supposition and draw a consequence or a judgement from
it: a copula with a predicate ("would be a catastrophe", "could be costly") or a verb with an object
("could justify a response"); verbs of the event's own happening ("a truce could take effect", "talks
might resume") are left to the modality stage, which reads them as possible or intended acts. Read by the
modality stage through ``coding/unasserted.py``; the words are in ``coding/data/supposed.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

SUPPOSED = declare(
    "modality",
    "supposed-noun",
    "an event noun that is the subject of a modal clause drawing a consequence or a judgement from it ('an "
    "attack on Taiwan could justify a response', 'an invasion would be a catastrophe') is supposed, no act",
    "The minister said a Chinese blockade of Taiwan would be a disaster for the region.",
)
_FILE = "coding/data/supposed.toml"
# Dependents that make the verb's clause a judgement of its subject or a consequence drawn from it.
_PREDICATES = frozenset({"attr", "acomp"})
_OBJECTS = frozenset({"dobj"})


@dataclass(frozen=True, slots=True)
class SupposedWords:
    """``coding/data/supposed.toml``."""

    supposing_modals: frozenset[str]
    occurrence_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def supposed_words() -> SupposedWords:
    """The modal and occurrence words, checked: every key present, each a list of words."""
    return word_table(SupposedWords, _FILE)


def supposed(tok: Token) -> str | None:
    """SUPPOSED when the event noun ``tok`` is the subject of a modal clause of consequence, else None."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.i == tok.i:
        return None
    verb = tok.head
    words = supposed_words()
    if verb.lemma_.casefold() in words.occurrence_verbs:
        return None
    children = doccache.children(verb)
    if not any(c.dep_ == "aux" and c.lower_ in words.supposing_modals for c in children):
        return None
    if verb.lemma_ == "be":
        return SUPPOSED if any(c.dep_ in _PREDICATES for c in children) else None
    return SUPPOSED if any(c.dep_ in _OBJECTS for c in children) else None
