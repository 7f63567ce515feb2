"""Whose forces an agentless passive moves when the forces themselves name no country.

"Israel said three brigades were moved to the southern frontier", "Chilean officials said they were on
alert, and two regiments were sent to the coast": the forces ("three brigades") carry no country
word, so ``posture.posture_parties`` finds no owner and the deployment makes no event. A reader takes them
for the forces of the state the sentence is told by or about: the state that says so (the subject of the
verb the passive is the complement of) or the state subject of the clause the passive is coordinated
with. That state is the source, as the corpus codes a state that sends or moves its own troops.

Only a state's subject counts (an actor with a country), only one or two steps up the tree (the clause
that reports the passive and, above it, the clause it is coordinated with), and never a subject the
passive's own forces are said to face ("... moved to the border with Peru": Peru is a place phrase's
object, not a subject).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.rules import declare
from newsevents.records import Actor

FORCES_OWNER = declare(
    "source",
    "forces-owner",
    "forces with no country word moved or put on alert in an agentless passive are the forces of the state "
    "that reports it or is the subject of the clause it is coordinated with",
    "Peru said three brigades were moved to the southern frontier on Sunday.",
)

# How the passive hangs on the clause whose subject owns the forces: reported ("said ... were moved")
# or coordinated ("officials said ..., and two brigades were moved").
_LINKS = frozenset({"ccomp", "conj"})
# Steps up the tree the owner is looked for in.
_STEPS = 2


def context_owner(tok: Token, actors: DocActors, day: dt.date | None) -> Actor | None:
    """The state whose forces the agentless passive ``tok`` moves, from the clause it hangs on, else
    None."""
    verb = tok
    for _ in range(_STEPS):
        if verb.dep_ not in _LINKS or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in doccache.children(verb) if c.dep_ == "nsubj"]
        states = [a for s in subjects for a in actors.resolve_all(s, day) if a.code and a.country]
        if states:
            return states[0]
    return None
