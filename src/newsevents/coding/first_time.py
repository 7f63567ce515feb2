"""An act told again as a record it breaks: "Ruritania shelled the port on Monday, the first time it has
attacked a neighbour's territory"; "The council barred the envoy, the first time it has used the power
against an ally". Wires close the lead with a noun of occasion ("the first time", "the second occasion")
set beside the main verb, whose relative clause names the same act in other words, often with another
verb of another CAMEO code. The clause is no second event (corpus/README.md: one gold event per real
event), yet the trigger stage codes it as one, with the main clause's parties.

Read by selection's merging through ``retold.folded_step``: a draft whose verb heads (or is joined by
``xcomp``/``conj`` to) a relative clause on a noun of ``coding/data/first_time.toml`` that hangs on
another draft's verb (npadvmod or apposition) folds into that draft when both name the same source
country and the clause names no other foreign target; merging keeps the better of the two readings. A
noun of the act itself ranked by an ordinal or a superlative ("in the first assault the alliance has
mounted", ``ranks``) does the same, set beside the verb or under a preposition on it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

FIRST_TIME = declare(
    "select",
    "first-time",
    "a relative clause on 'the first time' (a noun of occasion set beside the main verb) that names the "
    "main act again between the same countries is that act told as a record broken: one record",
    "Ruritania shelled the port on Monday, the first time it has attacked a neighbour's territory.",
)
_FILE = "coding/data/first_time.toml"
# How the noun of occasion hangs on the main verb: "shelled the port, the first time ..." (the parser
# makes it an adverbial noun or an apposition).
_NOUN_DEPS = frozenset({"npadvmod", "appos"})
# Links from a verb inside the relative clause up to the clause's own verb ("the first time it has
# sent troops to FIGHT abroad").
_CLIMB = frozenset({"xcomp", "conj"})


@dataclass(frozen=True, slots=True)
class OccasionNouns:
    """``coding/data/first_time.toml``."""

    nouns: frozenset[str]
    ranks: frozenset[str]


@functools.lru_cache(maxsize=1)
def occasion_nouns() -> OccasionNouns:
    """The nouns, checked: every key present, each a list of words."""
    return word_table(OccasionNouns, _FILE)


def first_time_step(a: Draft, b: Draft) -> str | None:
    """FIRST_TIME when one draft's verb is in a relative clause on a noun of occasion that hangs on the
    other draft's verb, both drafts name the same source country and the clause no other foreign
    target country; else None."""
    for told, main in ((a, b), (b, a)):
        verb = _occasion_verb(told.token)
        if verb is None or verb.i != main.token.i or told.source.country != main.source.country:
            continue
        # (the clause's own target is often left for a later stage to fill, "the first time it has
        # used the power", or is what the source sends of its own, "has sent medics")
        if _target(told) in (None, told.source.country) or _target(told) == _target(main):
            return FIRST_TIME
    return None


def _occasion_verb(tok: Token) -> Token | None:
    """The verb the noun of occasion over ``tok``'s relative clause hangs on, or None."""
    clause = tok
    for _ in range(3):
        if clause.dep_ != "relcl" and clause.dep_ not in _CLIMB:
            return None
        if clause.dep_ == "relcl":
            break
        clause = clause.head
    noun = clause.head
    if clause.dep_ != "relcl":
        return None
    if noun.lemma_.casefold() in occasion_nouns().nouns:
        return noun.head if noun.dep_ in _NOUN_DEPS and noun.head.pos_ in ("VERB", "AUX") else None
    if not _ranked(noun):
        return None
    # "pounded the barracks, in the first assault the alliance has mounted": a ranked noun of the act
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    ok = noun.dep_ in _NOUN_DEPS or noun.dep_ == "pobj"
    return head if ok and head.pos_ in ("VERB", "AUX") else None


def _ranked(noun: Token) -> bool:
    """Whether ``noun`` is ranked by an ordinal or a superlative ("the first assault", "the biggest such
    expulsion"), which sets the act beside others of its kind."""
    words = occasion_nouns().ranks
    return any(c.dep_ == "amod" and (c.lower_ in words or c.tag_ == "JJS") for c in doccache.children(noun))


def _target(d: Draft) -> str | None:
    """The target's country."""
    return d.target.country if d.target is not None else None
