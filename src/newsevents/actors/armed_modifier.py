"""The role of a phrase whose head is no agent but whose modifier is an armed or police one: "navy ships",
"air force transports", "police vans" (plural: units and craft) act for the navy, the air force, the police.

``Resolver.agent_role`` reads the head and the words right before it; in "Chilean air force Hercules
transports" the head names the equipment, and the body that sent it is a compound further left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import ActorResolver

__all__ = ["armed_modifier_role"]

# Only armed and police bodies: their equipment and units act for them; a "government plane" or a "party
# office" names a place or a thing more often than an actor.
_ARMED_ROLES = frozenset({"MIL", "COP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def armed_modifier_role(resolver: ActorResolver, head: Token) -> str | None:
    """The MIL or COP role of a compound modifier of a plural ``head`` (nearest first), else None."""
    if head.tag_ not in _PLURAL_TAGS:
        return None  # (units and craft come in numbers; a "police station" or "artillery fire" is no actor)
    for t in sorted(_compounds(head), key=lambda t: -t.i):
        role = resolver.agent_role(t)
        if role and role[:3] in _ARMED_ROLES:
            return role
    return None


def _compounds(head: Token) -> list[Token]:
    """The compound words before ``head`` that modify it directly or through another compound."""
    out: list[Token] = []
    todo = [head]
    while todo:
        for c in doccache.children(todo.pop()):
            if c.dep_ == "compound" and c.i < head.i:
                out.append(c)
                todo.append(c)
    return out
