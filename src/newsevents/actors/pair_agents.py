"""Agents "of both sides" are the agents of each of the pair: "envoys of both sides opened talks", "the
commanders of the two sides met" after "Chile and Peru ..." are Chile's and Peru's envoys (GOV) or
commanders (MIL), as "Chilean and Peruvian envoys" would be.

``pairs.pair`` reads a definite pair only when its own noun heads the phrase ("the two sides", "both
delegations"). Joint statements, readouts and chronologies often hang the pair from an agent noun with
"of": without this the agent went to whatever country its sentence placed it in (the venue's, the
story's), one side only, and the meeting between the two became a meeting with a third. Here the phrase's
head is an agent noun with a role of its own whose "of" object is a definite pair; the pair's two
countries each get the head's role. Read by the phrase rule ``definite-pair``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.pairs import pair
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["pair_agents"]


def pair_agents(actors: DocActors, head: Token, day: dt.date | None) -> list[Actor]:
    """Each of the definite pair an agent noun's "of" names, in the agent's role; none otherwise."""
    role = actors.resolver.agent_role(head) if head.pos_ == "NOUN" else None
    if role is None:
        return []
    for prep in doccache.children(head):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in doccache.children(prep):
            if obj.dep_ != "pobj":
                continue
            both = pair(actors, obj, actors.phrase_tokens(obj), day)
            if len(both) == 2 and all(a.country for a in both):
                return [replace(a, role=role, code=f"{a.country}{role}") for a in both]
    return []
