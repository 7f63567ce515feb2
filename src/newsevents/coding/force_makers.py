"""Who makes an act of force named by a noun: a state's adjective on it is the state's military (issue 10).

"Peruvian air strikes destroyed the camp", "a Chilean drone strike killed two men", "Ecuadorean shelling
hit the town": the only party named is the state, through an adjective or a short name modifying the
event noun (source rule ``modifier``, or ``event-subject`` when the noun is the subject of the verb
coded). Force is used by a state's armed forces, and the corpus codes such
acts MIL (corpus/README.md, roles of the security apparatus), while the resolver gives a state's adjective
no role and its name the government's (GOV: "Peru expelled the envoy"). This rule makes such a source its
state's military (``source:state-force-noun``) for the roots of force (15, 18-20); a named person or body
("the army's shelling", "Putin's invasion") keeps the role its own words give. It relabels the source
after the act's code is settled (arguments.py), so the code's own reading of the parties (repression of
a state's own people, fights with armed groups) is unchanged. The agent table
(tools/curated_agents.tsv) gives the same nouns MIL when their phrase is read as an actor ("Peruvian
air strikes destroyed ..."), so that the noun's event and its verb's are one actor and merge.
"""

from __future__ import annotations

import dataclasses

from newsevents.coding.records import Trigger
from newsevents.coding.roles import EVENT_SUBJECT, LIGHT_VERB_SUBJECT, MODIFIER, PASSIVE_AGENT, SUBJECT
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["STATE_FORCE_NOUN", "state_force"]

# The roots of force a state uses through its armed forces: posture (15), assault (18), fight (19),
# mass violence (20).
_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
# The roots of force a state's bare name or adjective takes as its military's on a verb: posture (15) is
# left out, as a government sends, deploys and withdraws troops (GOV, corpus/README.md).
_VERB_FORCE_ROOTS = frozenset({"18", "19", "20"})
# The roles a state named by an adjective or a short name is read with (none, or its government's).
_STATE_READINGS = frozenset({None, "GOV"})

STATE_FORCE_NOUN = declare(
    "source",
    "state-force-noun",
    "a state named by an adjective or name on a noun of force is its military (MIL)",
    "Peruvian air strikes destroyed a rebel camp near the border.",
)
STATE_FORCE_VERB = declare(
    "source",
    "state-force-verb",
    "a state named only by its name as subject of a verb of force, or by its adjective on a 'by' agent "
    "of no role of its own, is its military (MIL)",
    "Chile fired three missiles at the rebel camp; the camp was hit by Chilean strikes.",
)


def state_force(
    trigger: Trigger, source_rule: str | None, source: Actor, code: str
) -> tuple[Actor, str | None]:
    """The source of an act of force a state is named on by the noun's own modifier, as the state's
    military, and the rule's step; ``source`` and None otherwise. Read after the code is settled (a
    relabelling only: the act's code stays the one its parties gave, so victims unplaced by their phrase
    are still set free by the victims stage instead of making the act a repression of the state's own)."""
    if source.country is None or source.role not in _STATE_READINGS or code[:2] not in _FORCE_ROOTS:
        return source, None
    if source_rule == EVENT_SUBJECT or (trigger.noun and source_rule == MODIFIER):
        made = STATE_FORCE_NOUN
    elif code[:2] in _VERB_FORCE_ROOTS and _state_alone(source, source_rule):
        made = STATE_FORCE_VERB
    else:
        return source, None
    return dataclasses.replace(source, role="MIL", code=f"{source.country}MIL"), made


def _state_alone(source: Actor, source_rule: str | None) -> bool:
    """Whether the source is the state alone: its name as the subject of a verb ("Iran fired missiles",
    "Chile launched air strikes"), or a 'by' agent its adjective places and no word of its own gives a
    role ("hit by Israeli strikes"). A capital ("Moscow"), a person or a body keeps its own role."""
    if source_rule in (SUBJECT, LIGHT_VERB_SUBJECT):
        return source.name is not None and source.text.removeprefix("the ") == source.name
    return source_rule == PASSIVE_AGENT and source.role is None
