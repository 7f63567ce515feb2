"""A relative clause whose relative pronoun stands for a generic agent tells what that agent did: "the
drones that crossed the border on Monday", "a militia that shelled the town", "the government, which has
blamed the rebels". ``scene.relative_is_event`` reads a clause on a named actor ("the Taliban, who took
Kabul") or a person ("who", "whom") as an event of its own, but a "that" or "which" clause on an agent
noun (an armed craft, a group, a body: the agent table of ``actors/data``) was read as a description of
its noun and set aside as the scene, although its noun is the act's doer just as a name would be. An act
of force told so ("the forces that killed six", "a regime that gassed its people") names who the agent is,
as a description does, more often than it reports a new attack: it stays the scene (on the probe, the
force acts kept this way were false alarms or restatements of the lead's attack).
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from spacy.tokens import Token

from newsevents.annotations import annotation
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.rules import declare

AGENT_RELATIVE = declare(
    "select",
    "agent-relative",
    "a relative clause whose relative pronoun stands for an agent noun (drones, a militia, the government) "
    "tells that agent's act, as one on a named actor does",
    "Seoul protested over five drones that crossed the border on Monday.",
)


def agent_antecedent(
    antecedent: Token, clause: Token, events: Container[int], code: str = "", named: bool = False
) -> bool:
    """Whether ``antecedent``, the noun relative ``clause`` hangs on, is a generic agent that can act, and
    the clause's act (coded ``code``, else read from ``events`` when it maps tokens to triggers) is no act
    of force. ``named``: also that the relative word is the clause's subject (for naming the step: a
    clause kept as its own actor's answer to a claim is not this rule's)."""
    if antecedent.pos_ != "NOUN":
        return False
    if named and not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children):
        return False
    trigger = events.get(clause.i) if isinstance(events, Mapping) else None
    code = code or (trigger.pattern.code if trigger is not None else "")
    if code[:2] in FORCE_ROOTS:
        return False
    actors = annotation(antecedent.doc, "ne_actors")
    return actors is not None and actors.resolver.agent_role(antecedent) is not None
