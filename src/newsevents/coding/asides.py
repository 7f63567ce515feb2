"""Phrases beside an act that name no party it acts on: where a mover comes from ("troops crossed the
border FROM BELARUS", "fled from Kosovo into Albania" reaches Albania) and who asked for the act ("arrested
her in Vancouver AT THE REQUEST OF the United States", "detained them ON A U.S. extradition REQUEST": the
arrest is not aimed at the requester). Pure functions of the parse: ``received.turned`` leaves such
phrases out of every trigger's target heads, ``syntax.object_phrase_tokens`` out of its last-resort
country, and ``targets.nearby_foreign`` out of the force counterpart."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare
from newsevents.coding.target_table import target_roles

ASIDE_NOT_TARGET = declare(
    "target",
    "aside-not-target",
    "the 'from' phrase of a verb or noun of movement names where the mover comes from, and 'at the request "
    "of X' who asked for the act: neither is the party the act is aimed at",
    "Police arrested the banker in Lisbon at the request of Ruritania.",
)
# Dependencies inside a noun phrase, climbed from a party's word to the phrase that holds it ("the
# request OF the United States", "a U.S. extradition request", "from Mali AND Niger").
_INSIDE = frozenset({"conj", "compound", "amod", "poss", "nmod", "pobj", "prep", "appos"})
# Prepositions of a fronted place phrase that sets the scene ("In Kabul, the minister said ...").
_SCENE_PREPOSITIONS = frozenset({"in", "at"})
# How many such steps a party's word may sit below the aside phrase.
_MAX_STEPS = 5


def moves(tok: Token) -> bool:
    """Whether ``tok`` is a verb or noun of movement (``movement_words`` in target_roles.toml)."""
    return tok.lemma_.casefold() in target_roles().movement_words


def origin(prep: Token) -> bool:
    """Whether ``prep`` is a "from" that names the origin of a movement: on a verb or noun of movement,
    or on its direct object ("crossed the border from Belarus", however the parser hangs it)."""
    if prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    owner = prep.head
    return moves(owner) or (owner.dep_ == "dobj" and moves(owner.head))


def requested(prep: Token) -> bool:
    """Whether ``prep`` names who asked for the act: "at the request of X", "on X's orders", "at the
    invitation of X" (``request_prepositions`` and ``request_nouns`` in target_roles.toml)."""
    roles = target_roles()
    if prep.dep_ != "prep" or prep.lower_ not in roles.request_prepositions:
        return False
    nouns = roles.request_nouns
    return any(c.dep_ == "pobj" and c.lemma_.casefold() in nouns for c in doccache.children(prep))


def aside(prep: Token) -> bool:
    """Whether ``prep`` heads a phrase that names no party the act is aimed at (``origin``, ``requested``)."""
    return origin(prep) or requested(prep)


def fronted_scene(prep: Token) -> bool:
    """Whether ``prep`` is a place phrase set before its clause's subject ("IN ISLAMABAD, the premier
    condemned the tests"): it sets where the speaker is, and the place is no party the act is aimed at."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in _SCENE_PREPOSITIONS or prep.i > verb.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i for c in doccache.children(verb)):
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in doccache.children(prep))


def is_aside(tok: Token) -> bool:
    """Whether ``tok`` names a party inside an aside phrase ("from Mali and Niger", "at the request of
    the United States", "on a U.S. request")."""
    for _ in range(_MAX_STEPS):
        head = doccache.head(tok)
        if tok.dep_ == "pobj" and aside(head):
            return True
        if tok.dep_ not in _INSIDE or head.i == tok.i:
            return False
        tok = head
    return False
