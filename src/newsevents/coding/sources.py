"""Which actors can be an event's source, and when two mentions are the same actor: predicates the
arguments, selection and response stages share."""

from __future__ import annotations

from newsevents.records import Actor


def can_act(actor: Actor, state_roles: frozenset[str]) -> bool:
    """Whether an actor is specific enough to be an event's source: a country, a named person or body,
    an organisation, or a non-state group ("rebels", "protesters")."""
    if not actor.code:
        return False
    return actor.country is not None or actor.name is not None or actor.role not in state_roles


def same_actor(a: Actor, b: Actor) -> bool:
    """Whether two mentions are one actor: the same code, and the same name where both have one."""
    return a.code == b.code and (a.name == b.name or a.name is None or b.name is None)
