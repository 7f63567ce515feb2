"""The party of a truce told as the subject of its own coming into being that names no parties: "a
nationwide ceasefire took effect in Bosnia", "a truce took hold in Gaza on Sunday".

The verb (take effect, take hold, hold, begin) has no party of its own, and the truce noun names none in a
"between X and Y" phrase (coding/truce.py reads those). A truce is kept by the sides fighting where it
holds, and the text places it: the country of the place named on the verb is the country whose war it
halts. It is coded as that country's truce (source, with no target: a domestic or unnamed other side is
any target). A truce placed nowhere, or only by the dateline, names no party and makes no event.
"""

from __future__ import annotations

import datetime as dt

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.coding.ties_between import TIES_BETWEEN, ties_parties
from newsevents.coding.truce import TRUCE_BETWEEN, truce_parties
from newsevents.coding.truce_story import TRUCE_STORY_SIDES, story_sides
from newsevents.records import Actor

TRUCE_PLACED = declare(
    "source",
    "truce-placed",
    "a truce or ceasefire that takes effect, holds or begins with no parties named is the truce of the "
    "country its clause places it in ('took effect in X')",
    "A nationwide ceasefire took effect in Ruritania at noon on Friday.",
)
# CAMEO code family of de-escalating (a ceasefire declared or observed: 0871).
_DEESCALATE = "087"
# The prepositions that place the truce ("took effect IN Bosnia", "ACROSS the country").
_PLACING = frozenset({"in", "across", "throughout"})


def truce_place_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, no target) of a truce verb placed in a country by its own clause, else None."""
    code = trigger.coded_as
    if trigger.noun or not code.startswith(_DEESCALATE):
        return None
    tok = trigger.token
    if not any(c.dep_ == "nsubj" for c in doccache.children(tok)):
        return None
    places = tok.doc._.ne_places
    for prep in doccache.children(tok):
        if prep.dep_ != "prep" or prep.lower_ not in _PLACING:
            continue
        for pobj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            place = places.known_place(pobj)
            if place is not None and place.country:
                return government_of(actors, place.country), None
    return None


def truce_sides(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None, str] | None:
    """(source, target, rule) of a truce verb with no agent (or of ties changed with none: ties_between.py):
    the parties of its "between" phrase
    (coding/truce.py), else the country its clause places it in, else the story's two sides; None for any
    other trigger."""
    ties = ties_parties(trigger, actors, day)  # ("relations between X and Y were restored": ties_between.py)
    if ties is not None:
        return (*ties, TIES_BETWEEN)
    between = truce_parties(trigger, actors, day)
    if between is not None:
        return (*between, TRUCE_BETWEEN)
    placed = truce_place_parties(trigger, actors, day)
    if placed is not None:
        return (*placed, TRUCE_PLACED)
    # (a truce placed nowhere is the truce of the two sides the story names most: coding/truce_story.py)
    sides = story_sides(trigger, actors, day)
    return None if sides is None else (*sides, TRUCE_STORY_SIDES)
