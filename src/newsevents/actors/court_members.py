"""Judges and prosecutors placed AT an international court are that court's.

"Judges at the International Criminal Court issued warrants ... over crimes in Gaza": the generic agent
"judges" names no country, and the sentence's places (Gaza) are where the crimes were, not whose judges
they are. A court the dictionary knows, named in an "at" phrase on the agent, decides: the judges act as
the court (``IGOJUDICC``). Read by the phrase rule ``agent-in-context`` (actors/phrases.py) before it
falls back on the sentence's country. Only judicial agents are read so: "diplomats at the UN" are their
own states' delegates, and "soldiers at the border" are placed, not owned, by the phrase.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

# The agent role read so, and the prepositions that place a member at its body ("judges AT the court").
_JUDICIAL = "JUD"
_AT = frozenset({"at", "of"})


def court_member(actors: DocActors, head: Token, role: str, day: dt.date | None) -> Actor | None:
    """The international body a judicial agent headed by ``head`` sits at ("judges at the ICC"), as the
    actor the agent is; None when the agent is no judicial one or no such body is named."""
    if role[:3] != _JUDICIAL:
        return None
    for prep in doccache.children(head):
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        for obj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            # (an international body has no country; a place or a state's court is read as before)
            body = next((a for a in actors.resolve_all(obj, day) if a.country is None and a.role), None)
            if body is not None:
                return Actor(text=body.text, name=body.name, country=None, role=body.role, code=body.code)
    return None
