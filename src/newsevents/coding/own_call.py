"""An appeal or a demand the source renews or repeats, named as its own ("renewed Ruritania's call for an
inquiry", "repeated its demand for talks"), is not aimed at its possessor.

The arguments stage reads the object of "renewed" as the target, and the object's possessor names the
party: the source's own country, so the appeal became one of the state to itself. The possessor only says
whose call it is; the party the call is aimed at is not named in the phrase, so the target is dropped and
the implicit target rules choose it (an appeal needs a counterpart: ``targets.implicit_country``, the
story's other party). Read by the selection stage once a draft's target is settled
(``answered.answered_party``).
"""

from __future__ import annotations

import functools

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

__all__ = ["OWN_CALL", "own_call"]

OWN_CALL = declare(
    "target",
    "own-call",
    "an appeal or demand renewed as the source's own ('renewed Ruritania's call for an inquiry') is not "
    "aimed at its possessor: the implicit target rules choose the party it is aimed at",
    "The prime minister renewed Ruritania's call for an inquiry into the outbreak.",
)
_KEYS = ("roots", "call_nouns")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/own_call.toml", _KEYS)


def own_call(d: Draft, actors: DocActors) -> Draft:
    """``d`` without its target when that target is the source's own country read on the possessor of the
    call it renews ("renewed Ruritania's call"); else ``d``."""
    words = _words()
    own = d.source.country
    if own is None or d.target is None or d.target.country != own or d.code[:2] not in words["roots"]:
        return d
    if d.trigger.noun:
        return d
    own_words = {i for m in actors.mentions if m.iso3 == own for i in range(m.start, m.end)}
    for obj in (c for c in doccache.children(d.token) if c.dep_ == "dobj"):
        if obj.lemma_.casefold() not in words["call_nouns"]:
            continue
        possessors = [c for c in doccache.children(obj) if c.dep_ == "poss"]
        if possessors and all(p.i in own_words or p.lower_ in ("its", "their") for p in possessors):
            return d.step(OWN_CALL, target=None)
    return d
