"""A state's act with nobody named, told with the place it was done in, is that place's state's act.

"Two Britons detained in Iran last week were charged on Monday", filed from London: the arrest names no
maker, and the agentless rules give such an act to the story's country (coding/agentless.py, ``source:
state-passive``), here Britain's. But an arrest, a detention, a raid or an expulsion is done by the police
or courts of the state where it happens: the country of the place named on the act ("detained IN Iran",
"held AT a prison in Tehran", "arrested NEAR Minsk") is the doer. A place that is only a landmark ("near
the border with Iran") names no doer, and neither does a place that names nothing the gazetteer knows.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.parties import landmark
from newsevents.actors.resolve import DocActors
from newsevents.coding.rules import declare

PLACED_STATE_ACT = declare(
    "source",
    "placed-state-act",
    "an agentless act only a state does (arrest, detention, expulsion), told with the place it was done "
    "in, is the place's country's",
    "Two Britons detained in Iran last week were charged on Monday.",
)
# Prepositions that name where an act was done ("detained in", "held at", "arrested near").
_WHERE = frozenset({"in", "at", "near", "inside", "outside"})
# Kinds of country mentions that name no place: an adjective deep in a phrase belongs to a thing ("at the
# home of a Russian diplomat"), not to where the act was done.
_ADJECTIVES = frozenset({"adjective", "demonym"})
# The clauses on a patient that tell what was done to it before ("detained in Iran", "who were held in").
_CLAUSES = frozenset({"acl", "relcl"})
# How deep below the preposition a place may sit ("near a base south of Baghdad").
_DEPTH = 4


def placed_state(tok: Token, patients: list[Token], actors: DocActors) -> str | None:
    """The country of the place named on the state act at ``tok`` ("detained in Iran" -> IRN), else on the
    clause that tells how its ``patients`` were first held ("two Britons HELD IN IRAN were charged"), or
    None."""
    held = [c for p in patients for c in doccache.children(p) if c.dep_ in _CLAUSES and c.pos_ == "VERB"]
    # (a conjunct shares its first verb's place: "was arrested near X and sentenced")
    first = [tok.head] if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else []
    return next((iso3 for v in (tok, *first, *held) if (iso3 := _placed(v, actors))), None)


def _placed(tok: Token, actors: DocActors) -> str | None:
    """The country of the place a "where" phrase of verb ``tok`` names."""
    for prep in doccache.children(tok):
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE:
            continue
        for place in doccache.subtree(prep):
            if _depth(place, prep) > _DEPTH or landmark(place):
                continue
            m = actors.by_token.get(place.i)
            named = m is not None and m.kind == "country" and m.country_kind not in _ADJECTIVES
            iso3 = m.iso3 if named and m is not None else actors.places.get(place.i)
            if iso3:
                return iso3
    return None


def _depth(tok: Token, top: Token) -> int:
    """How many heads up from ``tok`` ``top`` is (a large number when it is not above it)."""
    for n in range(_DEPTH + 2):
        if tok.i == top.i:
            return n
        tok = tok.head
    return _DEPTH + 2
