"""Who uses force on whom: the code of an act of force by the types of its parties, and a state's own
forces told apart from the parties it acts on.

CAMEO's codebook separates fighting (19: conventional force between armed actors), assault (18:
unconventional violence) and violent repression (175: a state's forces putting down its public). The
words of a report rarely say which ("shot", "killed", "opened fire"); the parties do. The rules read
actor types (roles), never words; the roles are listed in ``data/force_roles.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import packaged_table
from newsevents.coding.rules import declare
from newsevents.records import Actor

NON_STATE_VIOLENCE = declare(
    "code",
    "non-state-violence",
    "fighting (19) by rebels, militias, civilians or nobody named is an assault (18)",
    "Militants killed four guards at the checkpoint.",
)
ARMED_ON_ARMED = declare(
    "code",
    "armed-on-armed",
    "an armed group's force on a state's soldiers or another armed group fights them (19), not assaults",
    "Insurgents stormed a border post the army held and killed six soldiers.",
)
STATE_ON_ARMED_GROUP = declare(
    "code",
    "state-on-armed-group",
    "a state's army or police using force on a rebel or militant group fights it (19), not assaults it",
    "Government troops killed a senior rebel commander near the border.",
)
STATE_ON_PUBLIC = declare(
    "code",
    "state-on-public",
    "a state's army or police firing on its own protesters, strikers or crowds is violent repression (175)",
    "Soldiers opened fire on striking dockworkers outside the port.",
)
OWN_FORCES_OBJECT = declare(
    "target",
    "own-forces-object",
    "unnamed troops or police a state sends, deploys or orders (placed only by the sentence around them) "
    "are its own forces, not the party it acts on",
    "Caracas ordered two armoured brigades to the Guyanese border.",
)
# Fighting codes that say how force was used, which no party type turns into an assault: taking territory,
# a blockade or siege, shelling with artillery or tanks ("rebels shelled the port" is conventional fighting),
# missiles and drones (195: "the militia fired a ballistic missile at the air base", as the corpus codes
# a group's missile and rocket fire 19), breaking a ceasefire (CAMEO's 196 whoever breaks it; a bombing by
# a group is still its assault, 183 or 180).
_HOW_FOUGHT = frozenset({"191", "192", "194", "195", "196"})
# The actors stage's rule for a generic agent placed by its sentence ("troops", "two battalions").
_CONTEXT_RULE = "agent-in-context"


@dataclass(frozen=True, slots=True)
class ForceRoles:
    """``coding/data/force_roles.toml``: the actor types that decide an act of force's code."""

    state_force_roles: frozenset[str]
    armed_group_roles: frozenset[str]
    armed_target_roles: frozenset[str]
    civilian_roles: frozenset[str]
    repression_from: tuple[str, ...]
    repression_code: str
    fight_from: tuple[str, ...]
    fight_code: str


@functools.lru_cache(maxsize=1)
def force_roles() -> ForceRoles:
    """The packaged table (read once per process)."""
    return packaged_table("coding/data/force_roles.toml", _force_roles)


def _force_roles(table: dict[str, Any]) -> ForceRoles:
    return ForceRoles(
        state_force_roles=frozenset(table["state_force_roles"]),
        armed_group_roles=frozenset(table["armed_group_roles"]),
        armed_target_roles=frozenset(table["armed_target_roles"]),
        civilian_roles=frozenset(table["civilian_roles"]),
        repression_from=tuple(table["repression_from"]),
        repression_code=str(table["repression_code"]),
        fight_from=tuple(table["fight_from"]),
        fight_code=str(table["fight_code"]),
    )


def _state_force(actor: Actor | None, roles: ForceRoles) -> bool:
    return actor is not None and actor.country is not None and (actor.role or "") in roles.state_force_roles


def _armed_on_armed(source: Actor, target: Actor | None, roles: ForceRoles) -> bool:
    """An armed group acting on a state's soldiers or on another armed group."""
    return (
        (source.role or "") in roles.armed_group_roles
        and target is not None
        and (target.role or "") in roles.armed_target_roles
    )


def force_code(
    code: str,
    source: Actor,
    target: Actor | None,
    unattributed: bool,
    non_state: frozenset[str],
    direct: bool = True,
) -> tuple[str, str | None]:
    """The code of an act of force by ``source`` on ``target`` and the rule that changed it (None when
    it stands): an armed group's force on soldiers or another armed group fights (180 -> 190, 19x stays);
    other 19x by non-state actors or nobody named is 180; a state's force on an armed group fights
    (180 -> 190); on its own unarmed public it represses (193 -> 175). Taking territory (192) is
    conventional force whoever does it ("rebels seized the city"). Repression needs the public as the
    act's own patient (``direct``), not as the object of its purpose ("opened fire to disperse the
    marchers", "stormed the plant to free the workers")."""
    roles = force_roles()
    if not unattributed and _armed_on_armed(source, target, roles):
        # (CAMEO's 19 is force between armed actors, whoever they are: rebels overrunning an army post)
        return (roles.fight_code, ARMED_ON_ARMED) if code in roles.fight_from else (code, None)
    if code[:2] == "19" and code[:3] not in _HOW_FOUGHT and (unattributed or source.role in non_state):
        return "180", NON_STATE_VIOLENCE
    if not _state_force(source, roles) or target is None or unattributed:
        return code, None
    if code in roles.fight_from and (target.role or "") in roles.armed_group_roles:
        return roles.fight_code, STATE_ON_ARMED_GROUP
    if (
        code in roles.repression_from
        and direct
        and (target.role or "") in roles.civilian_roles
        and target.country == source.country  # (its own public: shooting a neighbour's villagers is fighting)
    ):
        return roles.repression_code, STATE_ON_PUBLIC
    return code, None


def own_forces(
    candidate: Actor, source: Actor, state_source_roles: frozenset[str], code: str, placed_by_context: bool
) -> bool:
    """A state's own unnamed forces are what it acts with, not whom it acts on ("Peru mobilised its army
    reserve"); protesters clashing with police do act on them. Unnamed forces placed only by the
    sentence ("ordered ten battalions to the Colombian frontier": the adjective names the frontier's
    country, not the battalions') are the state's own too, unless the act is one of force (soldiers are
    what an ambush or a strike is done to)."""
    if (source.role or "") not in state_source_roles or candidate.role not in ("MIL", "COP"):
        return False
    if candidate.name is not None and candidate.name != source.name and not placed_by_context:
        return False
    if candidate.country is not None and candidate.country == source.country:
        return True
    # (coercion and force are done to soldiers and police: "detained two officers", "ambushed troops")
    return placed_by_context and source.country is not None and code[:2] not in ("17", "18", "19", "20")


def placed_by_context(rule: str | None) -> bool:
    """Whether the actors stage placed an agent by the sentence around it rather than its own words."""
    return rule == _CONTEXT_RULE


def purpose_clause(head: Token) -> bool:
    """Whether ``head`` is the object of an infinitive of purpose ("opened fire TO DISPERSE the
    crowd"), not of a participle of consequence ("opened fire, killing five")."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in doccache.children(verb))
