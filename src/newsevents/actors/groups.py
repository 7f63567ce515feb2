"""A collective noun that takes up a group of people named before: "Fifteen British sailors returned on
Thursday. Iranian forces had seized the group last month" -> the sailors (GBR). The phrase rule
``group-referent`` of ``actors.phrases`` (after ``definite-description``, which finds named groups)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.led_alliance import led_body_referent
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
    """ "the group", "the crew", "the ships" with no words of its own: the last plural group named before
    it (in its sentence, not as its own verb's subject, or in the few before), with the country its phrase
    gives it ("Twelve Bolivian truck drivers ... police arrested the group" -> BOL)."""
    head = p.head
    if p.named or p.countries or p.orgs or head.lemma_.casefold() not in _WORDS.group_referents:
        return led_body_referent(p)  # ("the Saudi-led coalition ... the coalition": actors/led_alliance.py)
    words = [t for t in p.tokens if t.i != head.i]
    if [t.lower_ for t in words] != ["the"]:
        return None
    doc = head.doc
    first = doccache.window_start(head, _SENTENCES_BACK + 1)
    own = _own_subject(head)
    for tok in reversed(doc[first : p.tokens[0].i]):
        if tok.tag_ != "NNS" or tok.dep_ not in _PARTY_DEPS or tok.i in own:
            continue
        found = [a for a in p.actors.resolve_all(tok, p.day) if a.country]
        if found:
            return [found[0]]
    return None


def _own_subject(head: Token) -> set[int]:
    """The tokens of the subject of the verb the phrase hangs from (or of the first verb of its
    conjuncts): "Iranian forces seized the group" is not the forces' own group."""
    verb = head.head
    while verb.dep_ in ("conj", "advcl", "xcomp") and not any(
        c.dep_.startswith("nsubj") for c in doccache.children(verb)
    ):
        verb = verb.head
    return {t.i for c in doccache.children(verb) if c.dep_.startswith("nsubj") for t in doccache.subtree(c)}
