"""A bloc's agents told with the members they include: "European leaders, including Germany's chancellor
and Italy's premier, called ..." are those members, each of its own country.

The bloc rule (``bloc-group`` in actors/phrases.py) reads "European leaders" as a government of no single
country, so the act had no source to code, though the text names who acted. The members named in the
phrase's "including" list (with their conjuncts) are read as phrases of their own; when every one of them
names a country, they are the actors. A bloc phrase with no such list keeps the bloc reading.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["included_members"]

# The prepositions that open a list of the group's members ("leaders, including X and Y").
_INCLUDING = frozenset({"including", "among", "like"})


def included_members(actors: DocActors, head: Token, day: dt.date | None) -> list[Actor] | None:
    """The members a bloc phrase at ``head`` lists after "including", one actor per country; None when it
    lists none or one of them names no country."""
    preps = [c for c in doccache.children(head) if c.dep_ == "prep" and c.lower_ in _INCLUDING]
    objects = [o for p in preps for o in doccache.children(p) if o.dep_ == "pobj"]
    found: dict[str, Actor] = {}
    for obj in objects:
        members = [obj, *(c for c in doccache.children(obj) if c.dep_ in ("conj", "appos"))]
        for member in members:
            resolved = actors.resolve_all(member, day)
            if not resolved or any(a.country is None for a in resolved):
                return None
            found.update((a.country, a) for a in resolved if a.country and a.country not in found)
    return list(found.values()) or None
