"""Troops sent to defend or protect a party are aimed at that party's country: "Chad sent a battalion to
defend the president", "Benin deployed troops to protect the regime in Niamey".

A show of force or a dispatch that names no target falls back to the foreign party its sentence (or the
one before) names (``targets`` force-counterpart) or to the article's other country. When the dispatch
says whom it is for, by a purpose clause of defending or protecting ("to defend X", "to shield X"), the
party defended is the one the move is about (the host who asked for it), not the last force the text
named. Only a party of another country than the sender's counts: troops sent "to defend the country"
or "to protect its own citizens" stay with the other rules. A person the text names by name alone
(no dictionary entry to place him) is placed by the story's country, when that is not the sender's.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare
from newsevents.when import role_day

DEFENDED_PARTY = declare(
    "target",
    "defended-party",
    "a dispatch or show of force naming no target, with a purpose clause of defending or protecting a "
    "party of another country ('sent troops to defend X'), is aimed at that party's country",
    "Rebels marched on the capital. Chad and Benin sent troops to defend President Ali Mahamat.",
)
_FILE = "coding/data/defended.toml"
# Codes of the acts that send or show force (15) or send military help (07: 074 peacekeepers, military aid).
_FORCE_ROOTS = ("15", "074")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``defended.toml``: the verbs of a purpose clause of defending, the nouns of a frontier."""
    return word_sets(_FILE, ("defend_verbs", "border_nouns"))


def border_words() -> frozenset[str]:
    """The nouns of a frontier (``border_nouns`` in ``defended.toml``; also read by coding/border_with.py)."""
    return _words()["border_nouns"]


def defended_party(d: Draft, actors: DocActors) -> str | None:
    """The country of the party the force of ``d`` is sent to defend, when another than the sender's."""
    if not d.code.startswith(_FORCE_ROOTS) or d.source.country is None:
        return None
    day = role_day(d.when)
    named = False
    for purpose in _purposes(d.token):
        for obj in (c for c in doccache.children(purpose) if c.dep_ == "dobj"):
            named = named or obj.pos_ == "PROPN"
            for a in actors.resolve_all(obj, day):
                if a.country and a.country != d.source.country:
                    return a.country
    # (a party named by a name alone that places it nowhere, in a story set abroad: the story's country)
    story = actors.story_country
    return story if named and story not in (None, d.source.country) else None


def _purposes(tok: Token) -> list[Token]:
    """The purpose clauses of defending on ``tok`` or on its object ("sent troops TO DEFEND X")."""
    heads = [tok, *(c for c in doccache.children(tok) if c.dep_ == "dobj")]
    verbs = _words()["defend_verbs"]
    return [
        c
        for h in heads
        for c in doccache.children(h)
        if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and c.lemma_.casefold() in verbs
    ]


def to_own_border(d: Draft) -> bool:
    """Whether the force of ``d`` goes to the sender's own border named by no neighbour ("sent troops to
    its northern border"): the neighbour meant is the rival the story is about, not the last foreign
    party the sentence before happened to name."""
    borders = _words()["border_nouns"]
    for t in doccache.subtree(d.token):
        if t.lemma_.casefold() not in borders or t.head.dep_ != "prep" or t.head.lower_ != "to":
            continue
        kids = doccache.children(t)
        if any(k.dep_ == "poss" and k.lower_ == "its" for k in kids) and not any(
            k.dep_ in ("compound", "amod") and k.ent_type_ in ("GPE", "NORP") for k in kids
        ):
            return True
    return False
