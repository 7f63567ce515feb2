"""The parties of diplomatic ties told as the subject of a passive or of their own change: "relations
between X and Y were restored on Monday", "ties between the two countries were severed in 2016".

No agent is named: the ties noun names the two parties in its "between X and Y" phrase, and restoring or
breaking them is an act of both, X with Y, as a meeting or an agreement is one event of the pair (corpus
README: one gold event per real event). Only the codes of establishing or restoring relations (054, and
the 050 of converted rows), of breaking them (161) and of normalising (05x) take this reading (relations
"strained" describe a state, no act),
and only when the subject is itself the ties noun, so "talks between X and Y were held" is left to its own
rules. Read by the agentless stage (coding/agentless.py) through coding/truce_place.py.
"""

from __future__ import annotations

import datetime as dt

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["TIES_BETWEEN", "ties_parties"]

TIES_BETWEEN = declare(
    "source",
    "ties-between",
    "diplomatic relations or ties restored, established or severed in a passive with no agent are an act "
    "of the parties their subject's 'between X and Y' phrase names: X with Y",
    "Diplomatic relations between Ruritania and Freedonia were restored on Monday after a decade.",
)
# Nouns of diplomatic ties (lemmas).
_TIES = frozenset({"relation", "tie", "relationship"})
# CAMEO codes of changing ties: cooperation (05: restore, establish, normalise) and breaking diplomatic
# relations (161); a state of the ties ("relations have been strained", 160) is no act of either party.
_ROOTS = ("05", "161")


def ties_parties(trigger: Trigger, actors: DocActors, day: dt.date | None) -> tuple[Actor, Actor] | None:
    """(source, target) of a ties verb whose passive subject names the parties with "between"; else None."""
    if trigger.noun or not trigger.coded_as.startswith(_ROOTS):
        return None
    tok = trigger.token
    for subject in (c for c in doccache.children(tok) if c.dep_ in ("nsubjpass", "nsubj")):
        if subject.lemma_.lower() not in _TIES:
            continue
        for prep in (c for c in doccache.children(subject) if c.dep_ == "prep" and c.lower_ == "between"):
            heads = [n for n in doccache.children(prep) if n.dep_ == "pobj"]
            found = [a for h in heads for a in actors.resolve_all(h, day) if a.code and a.country]
            countries = {a.country for a in found}
            if len(countries) >= 2:
                first = found[0]
                second = next(a for a in found if a.country != first.country)
                return first, second
    return None
