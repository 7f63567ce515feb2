"""A body described as led by a named person is that person's country's: "The junta, led by General
Abdourahamane Tiani, accused ..." is Niger's junta, though the description alone ("the junta") would
refer back to the country whose ruler the article named last. Read by the phrase rule
``definite-description`` (actors/phrases.py) before it looks back.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

# Participles that name a body's leader in their "by" phrase ("led by", "headed by", "commanded by").
_LEADING = frozenset({"lead", "head", "command", "chair"})
# Roles of the bodies whose leader's country is theirs: governments, juntas, armies, rebels, oppositions.
_BODY_ROLES = frozenset({"GOV", "MIL", "REB", "OPP", "UAF", "INS"})


def leader_country(actors: DocActors, head: Token, role: str | None, day: dt.date | None) -> str | None:
    """The country of the named person a participle on ``head`` says leads it ("the junta, LED BY General
    X"), or None. Only a ruling or armed body is read so: a team of experts led by a national ("the team,
    led by a Norwegian chemist") works for the body that sent it (actors/specialists.py)."""
    if role is None or role[:3] not in _BODY_ROLES:
        return None
    for verb in doccache.children(head):
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.casefold() not in _LEADING:
            continue
        for by in (c for c in doccache.children(verb) if c.dep_ == "agent"):
            for person in (c for c in doccache.children(by) if c.dep_ == "pobj"):
                found = [a for a in actors.resolve_all(person, day) if a.country]
                if len(found) == 1 and actors.rule_of(person, day) == "named-actor":
                    return found[0].country
    return None
