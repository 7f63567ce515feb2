"""Where a cargo comes from stands in for its sender (issue 10, class "missed entirely").

A wire tells a delivery by its vehicle: "fifty trucks of food entered the enclave FROM EGYPT", "a convoy of
tankers crossed into Lebanon FROM SYRIA". The trucks name nobody, so the act had no source and was lost;
the country the cargo set out from (the "from" phrase of the verb of movement) is the one that sent it,
unless the goods carry their own country's adjective ("tankers carrying IRANIAN diesel crossed into X from
Y"): the goods' country sent them, the "from" place is only the road they took.
Only a carrier ("truck", "convoy": coding/data/cargo.toml) as the subject: a person or a unit
that comes from somewhere names its own party.

Goods that arrive name their giver in a participle just as often: "the first doses arrived on Monday,
DONATED BY Japan", "tents SENT BY the Red Cross reached the town": the participle's "by" agent is the
sender, for a carrier or for goods (``goods`` in cargo.toml) as the subject of a verb of movement.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.asides import moves
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

CARGO_ORIGIN = declare(
    "source",
    "cargo-origin",
    "a carrier of goods (trucks, a convoy, a ship) as the subject of a verb of movement stands for the "
    "country its goods' own adjective names ('tankers carrying Iranian fuel'), else its 'from' phrase: the "
    "cargo's sender; so, for a carrier or goods, does the 'by' agent "
    "of a participle of giving on it or on the verb ('arrived, donated by Japan')",
    "Forty trucks of flour crossed into the province from Jordan.",
)
# Entity labels of a place that can be a sending country.
_PLACES = frozenset({"GPE", "NORP", "LOC"})
# The preposition that names where goods come from ("entered the enclave FROM Egypt").
_FROM = frozenset({"from"})
# How a country adjective hangs on the goods, and how the goods hang in the carrier's phrase ("carrying
# Iranian DIESEL": an object; "trucks of Jordanian FLOUR": a preposition's object).
_ADJECTIVE_DEPS = frozenset({"amod", "compound"})
_CARGO_DEPS = frozenset({"dobj", "pobj"})
# How a participle may hang: on the subject ("doses donated by X arrived") or on the verb ("arrived,
# donated by X").
_PARTICIPLE_DEPS = frozenset({"acl", "advcl"})


@functools.lru_cache(maxsize=1)
def carriers() -> frozenset[str]:
    """The carrier nouns (coding/data/cargo.toml), read once a process (not once a subject)."""
    return _words()["carriers"]


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The word lists of coding/data/cargo.toml: carriers, goods, giving participles, craft and verbs of
    arriving (the last two read by ``coding/carrier_verb``)."""
    return word_sets("coding/data/cargo.toml", ("carriers", "goods", "giving", "craft", "arriving"))


def cargo_words() -> dict[str, frozenset[str]]:
    """The word lists of coding/data/cargo.toml, by key (read once a process)."""
    return _words()


def givers(verb: Token, subject: Token) -> list[Token]:
    """The "by" agents of a giving participle on ``subject`` or on ``verb`` ("arrived, donated by Japan")
    when ``subject`` is a carrier or goods and ``verb`` one of movement."""
    words = _words()
    carried = words["carriers"] | words["goods"]
    # (the tagger's lemma of "doses" is "dos": the word itself is looked up too)
    if not {subject.lemma_.casefold(), subject.lower_} & carried or not moves(verb):
        return []
    participles = [
        c
        for owner in (subject, verb)
        for c in doccache.children(owner)
        if c.dep_ in _PARTICIPLE_DEPS and c.tag_ == "VBN" and c.lemma_.casefold() in words["giving"]
    ]
    return [
        o
        for p in participles
        for a in doccache.children(p)
        if a.dep_ == "agent"
        for o in doccache.children(a)
        if o.dep_ == "pobj"
    ]


def senders(verb: Token, subject: Token) -> list[Token]:
    """The "from" places of ``verb`` (or of its object) when ``subject`` is a carrier of goods and ``verb``
    one of movement."""
    if subject.lemma_.casefold() not in carriers() or not moves(verb):
        return givers(verb, subject)
    own = _cargo_adjectives(subject)
    if own:
        return own
    # (on the verb or, as the parser often hangs it, on its object: "entered [the enclave from Egypt]")
    places = [
        o
        for p in doccache.verb_or_object_preps(verb, _FROM)
        for o in doccache.children(p)
        if o.dep_ == "pobj" and o.ent_type_ in _PLACES
    ]
    return places or givers(verb, subject)


def _cargo_adjectives(subject: Token) -> list[Token]:
    """The country adjectives on what ``subject`` carries ("tankers carrying IRANIAN diesel", "trucks of
    JORDANIAN flour"): the goods' own country sent them, before the place they came through."""
    return [
        t
        for t in subject.subtree
        if t.dep_ in _ADJECTIVE_DEPS
        and t.ent_type_ in _PLACES
        and t.head.i != subject.i
        and t.head.dep_ in _CARGO_DEPS
    ]
