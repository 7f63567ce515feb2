"""A pair's own act, done by each of the two: "both governments called up reservists", "the two navies
sent frigates", "Chile and Peru recalled their ambassadors".

The arguments stage reads a clause whose subject is a pair, and which names no other target, as one act
of the first party aimed at the second (rule target:coordinated-subject): right for what the two do
together or to each other (a deal, a meeting, a clash: one event between them; mutual blame:
``mutual.py``). But a show of force is each side's own (each mobilises its own army), and so is an act on
what each owns ("recalled THEIR ambassadors", "closed THEIR borders"): the corpus codes one event per
party (corpus/README.md, coordinated doers), each aimed at the other. Such a draft is told once each way.
A symmetric act stays one event, and a pair's build-up at a shared front is ``co_actors``' (mutual.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import semantics
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["EACH_OF_PAIR", "each_of_pair"]

EACH_OF_PAIR = declare(
    "target",
    "each-of-pair",
    "a show of force by a pair, or an act of a pair on what each of them owns, naming no other target, is "
    "each party's own act: one event each way, each aimed at the other",
    "Chile and Peru traded charges over the border. Both governments called up reservists.",
)
# The CAMEO root of shows of force (alerts, mobilisation, forces sent): each side's own.
_FORCE_ROOT = "15"
# The possessive that gives each of the pair its own share of the object ("recalled THEIR envoys").
_THEIR = "their"
# Dependencies of a verb's direct objects.
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def each_of_pair(draft: Draft) -> tuple[Draft, ...]:
    """``draft`` and its reverse when it is a pair's own act done by each (module doc); else ``draft``."""
    target, own = draft.target, draft.source.country
    if COORDINATED_SUBJECT not in draft.steps or target is None or target.country in (None, own):
        return (draft,)
    if own is None or semantics.symmetric(draft.code):
        return (draft,)
    if not (draft.code.startswith(_FORCE_ROOT) or _their_own(draft.token)):
        return (draft,)
    return (draft.step(EACH_OF_PAIR), draft.step(EACH_OF_PAIR, source=target, target=draft.source))


def _their_own(verb: Token) -> bool:
    """Whether the verb's object is the pair's own, each its share ("recalled their ambassadors")."""
    return any(
        any(c.dep_ == "poss" and c.lower_ == _THEIR for c in doccache.children(obj))
        for obj in doccache.children(verb)
        if obj.dep_ in _OBJECT_DEPS
    )
