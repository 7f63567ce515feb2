"""A pair's own show of force, done by each of the two: "both governments called up reservists", "both
navies sent frigates", "Chile and Peru put their armies on alert".

The arguments stage reads a clause whose subject is a pair, and which names no other target, as one act
of the first party aimed at the second (rule target:coordinated-subject): right for what the two do
together or to each other (a deal, a meeting, a clash: one event between them; mutual blame:
``mutual.py``). But a show of force told of BOTH of a pair is each side's own (each mobilises its own
army), and so is one on forces each owns ("put THEIR armies on alert"): the corpus codes one event per
party (corpus/README.md, coordinated doers), each aimed at the other. Such a draft is told once each way.
Only shows of force (15) are read so: a pull-back or truce agreed (03, 08), a joint statement ("affirmed
their respect") or a joint act ("launched joint exercises") stays one event, and a pair that "recalled
their ambassadors" stays read as acting on each other (tests/coding/test_parliaments_pparl.py). A pair's
build-up at a shared front is ``co_actors``' (mutual.py); a draft a later rule re-aimed (a pair's envoys
recalled from a third capital, ``posts.py``) is left alone.
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
    "a show of force told of both of a pair, or of a pair on forces each of them owns, naming no other "
    "target, is each party's own act: one event each way, each aimed at the other",
    "Chile and Peru traded charges over the border. Both governments called up reservists.",
)
# The CAMEO root of shows of force (alerts, mobilisation, forces sent): each side's own.
_FORCE_ROOT = "15"
# The aspects of the rules that choose a draft's parties (a step of one after the pair's re-aimed it).
_PARTY_RULES = ("source:", "target:")
# The word that tells an act of each of a pair ("BOTH governments", "both navies").
_BOTH = "both"
# The possessive that gives each of the pair its own share of the object ("recalled THEIR envoys").
_THEIR = "their"
# A modifier that makes the object the pair's shared one ("launched JOINT exercises").
_JOINT = "joint"
# Dependencies of a verb's direct objects, and of the links from a verb up to the clause that holds its
# subject ("agreed to pull": the subject of "agreed").
_OBJECT_DEPS = frozenset({"dobj", "dative"})
_UP_DEPS = frozenset({"xcomp", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def each_of_pair(draft: Draft) -> tuple[Draft, ...]:
    """``draft`` and its reverse when it is a pair's own act done by each (module doc); else ``draft``."""
    target, own = draft.target, draft.source.country
    if COORDINATED_SUBJECT not in draft.steps or target is None or target.country in (None, own):
        return (draft,)
    if own is None or semantics.symmetric(draft.code) or not draft.code.startswith(_FORCE_ROOT):
        return (draft,)
    after = draft.steps[draft.steps.index(COORDINATED_SUBJECT) + 1 :]
    if any(step.startswith(_PARTY_RULES) for step in after):
        return (draft,)  # (a later rule re-aimed it: "recalled their envoys from Lagos", posts.py)
    verb = draft.token
    objects = [c for c in doccache.children(verb) if c.dep_ in _OBJECT_DEPS]
    if any(c.lower_ == _JOINT for obj in objects for c in doccache.children(obj)):
        return (draft,)
    theirs = any(c.dep_ == "poss" and c.lower_ == _THEIR for obj in objects for c in doccache.children(obj))
    if not (theirs or _both(verb)):
        return (draft,)
    return (draft.step(EACH_OF_PAIR), draft.step(EACH_OF_PAIR, source=target, target=draft.source))


def _both(verb: Token) -> bool:
    """Whether the clause's subject is told of both of the pair ("both governments", "both sides")."""
    while verb.dep_ in _UP_DEPS and verb.head.i != verb.i:
        if any(c.dep_ in _SUBJECT_DEPS for c in doccache.children(verb)):
            break
        verb = verb.head
    subjects = [c for c in doccache.children(verb) if c.dep_ in _SUBJECT_DEPS]
    return any(t.lower_ == _BOTH for s in subjects for t in doccache.subtree(s))
