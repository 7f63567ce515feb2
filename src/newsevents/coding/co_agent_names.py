"""The names inside the subject of a joint act are the acting side, never its counterpart.

"Chilean and Peruvian jets bombed camps near Arica" is two attacks told from one coordinated subject
(``coagents``, ``target:co-agents``): each member acts with the other, not on it. The fallback that aims a
show of force or a fight with no target named at the foreign party its sentence names
(``targets.nearby_foreign``, ``target:force-counterpart``) found the other member of that subject, the
nearest foreign name, and coded Chile attacking Peru. A fight told as reciprocal ("Chilean and Peruvian
troops clashed") is no joint act and keeps its pair.
"""

from __future__ import annotations

from newsevents.coding import syntax
from newsevents.coding.go_betweens import no_counterpart
from newsevents.coding.other_doer import friendly_conjunct_doer
from newsevents.coding.records import Draft

__all__ = ["in_joint_subject", "no_counterpart_of"]

# The step of ``coagents.CO_AGENTS``, by name: coagents imports (through referred and answered) this
# module's caller, targets, so importing it here would be circular.
_CO_AGENTS = "target:co-agents"


def in_joint_subject(last: int, d: Draft) -> bool:
    """Whether the name ending at token ``last`` lies in a subject of the trigger of ``d``, an act its
    coordinated subjects did together (the draft carries ``target:co-agents``)."""
    if _CO_AGENTS not in d.steps:
        return False
    return any(s.left_edge.i <= last <= s.right_edge.i for s in syntax.subjects(d.token))


def no_counterpart_of(last: int, d: Draft) -> bool:
    """Whether the name ending at token ``last`` is no counterpart of ``d``: an aside, a go-between or a
    venue (``go_betweens.no_counterpart``), a member of the subject of its joint act, or the doer of a
    friendly act in a coordinated clause (``other_doer``: "and the United States offered assistance")."""
    return no_counterpart(last, d.token) or in_joint_subject(last, d) or friendly_conjunct_doer(last, d.token)
