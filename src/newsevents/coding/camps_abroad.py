"""Strikes on a home armed group where it shelters abroad: "Zendan jets struck rebel camps in northern
Lagado" is Zenda's act on Lagado's soil. The actor tables give a country's rebels that country's code, so
the strike reads as Zenda hitting its own people (a domestic act) though it fell on another state's
territory. The corpus codes such a strike on the country it happened in (the group itself, as such, is a
``null`` target): a force act by a state on an armed group of its own country, placed in another country,
is aimed at that country.
"""

from __future__ import annotations

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

CAMPS_ABROAD = declare(
    "target",
    "camps-abroad",
    "a state's act of force on an armed group of its own country, placed in another country, is aimed at "
    "the country it happened in (the group sheltering abroad), not at the state itself",
    "Zendan jets struck rebel camps in northern Lagado on Friday.",
)
# Roles of a state's own forces (the striker) and of armed groups (the struck), as the actor tables code
# them: rebels, unidentified armed forces, insurgents, radicals, separatists.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
_GROUP_ROLES = frozenset({"REB", "UAF", "INS", "RAD", "SEP"})


def camps_abroad(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each state's act of force on its own country's armed group, placed in another
    country, aimed at that country (CAMPS_ABROAD)."""
    return [_abroad(d, actors) for d in drafts]


def _abroad(d: Draft, actors: DocActors) -> Draft:
    target, place = d.target, d.place
    if target is None or place is None or not place.country or not d.code.startswith(FORCE_ROOTS):
        return d
    home = d.source.country
    if not home or d.source.role not in _STATE_ROLES or target.country != home:
        return d
    if target.role not in _GROUP_ROLES or place.country == home:
        return d
    return d.step(CAMPS_ABROAD, target=country_actor(actors, place.country))
