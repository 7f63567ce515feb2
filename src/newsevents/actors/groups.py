"""A collective noun that takes up a group of people named before: "Fifteen British sailors returned on
Thursday. Iranian forces had seized the group last month" -> the sailors (GBR). The phrase rule
``group-referent`` of ``actors.phrases`` (after ``definite-description``, which finds named groups)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

_WORDS = packaged_words()
# How many sentences before the phrase's own the group may have been named in.
_SENTENCES_BACK = 3
# The dependencies of a group's phrase in its clause: a party of the clause, not a noun inside another.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def group_referent(p: Phrase) -> list[Actor] | None:
    """ "the group", "the crew" with no words of its own: the last plural group of people named in the
    sentences before, with the country its phrase gives it ("Twelve Bolivian truck drivers ... police
    arrested the group" -> BOL)."""
    head = p.head
    if p.named or p.countries or p.orgs or head.lemma_.casefold() not in _WORDS.group_referents:
        return None
    words = [t for t in p.tokens if t.i != head.i]
    if [t.lower_ for t in words] != ["the"]:
        return None
    doc = head.doc
    first = head.sent.start
    for _ in range(_SENTENCES_BACK):
        first = doc[first - 1].sent.start if first > 0 else 0
    for tok in reversed(doc[first : head.sent.start]):
        if tok.tag_ != "NNS" or tok.dep_ not in _PARTY_DEPS:
            continue
        found = [a for a in p.actors.resolve_all(tok, p.day) if a.country]
        if found:
            return [found[0]]
    return None
