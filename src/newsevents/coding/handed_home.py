"""Captives handed home in the agentless passive: "the pilot was handed over to the Indian authorities",
"the six gendarmes were handed over to Moroccan officials". Nobody is named as handing them over, and
coding/released.py would take the story's country's government as the holder when the freed are its own
people; but a handover TO a country's authorities is that country getting its people back: the holder is
another party, the country the story names most besides the receiving one. The receiving country is the
target. Freed people of a third country ("Britons handed to the Swiss envoy") leave the holder open.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding.rules import declare
from newsevents.records import Actor

HANDED_HOME = declare(
    "source",
    "handed-home",
    "people handed over in an agentless passive to a country's authorities, their own or unnamed, were held "
    "by the other country the story names most: it is the source, the receiving country the target",
    "The two fishermen were handed over to Cuban officials at the border post.",
)
# The preposition that names the receiver of a handover ("handed over TO the Indian authorities").
_TO = "to"


def handed_home(
    tok: Token, freed: list[Actor], actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor] | None:
    """(source, target) of a handover at ``tok`` (an agentless passive release) to a named country's
    receivers, when the freed are that country's people or of no country named; else None."""
    receiver = _receiver(tok, actors, day)
    if receiver is None or not receiver.country:
        return None
    if freed and freed[0].country not in (None, receiver.country):
        return None  # (a third country's people handed to this one: the holder is not told)
    holder = _other_country(actors, receiver.country)
    if holder is None:
        return None
    source = government_of(actors, holder)
    return source, receiver


def _receiver(tok: Token, actors: DocActors, day: dt.date | None) -> Actor | None:
    """The party a "to" phrase on the handover names ("to the Indian authorities")."""
    for prep in doccache.children(tok):
        if prep.dep_ == "prep" and prep.lower_ == _TO:
            for noun in doccache.children(prep):
                actor = actors.resolve(noun, day) if noun.dep_ == "pobj" else None
                if actor is not None and actor.country:
                    return actor
    return None


def _other_country(actors: DocActors, receiver: str) -> str | None:
    """The country the story names most often besides ``receiver`` (the first named among equals), by its
    country words ("Pakistan", "Spanish"); named people and bodies are left to the stages after."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in actors.mentions:
        if m.kind == "country" and m.iso3 and m.iso3 != receiver:
            counts[m.iso3] += 1
            first.setdefault(m.iso3, m.start)
    if not counts:
        return None
    return min(counts, key=lambda iso3: (-counts[iso3], first[iso3]))
