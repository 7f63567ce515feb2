"""The parties of a truce told as the subject of its own coming into being: "a truce between Yerevan and
Baku took effect at noon", "the ceasefire between the army and the rebels held". The verb (take effect,
hold, begin) has no party of its own; the truce noun names them in its "between X and Y" phrase, and the
truce is theirs: X with Y, as the 'between' rule reads an event noun's parties. The parser may hang the
phrase on a participle of the truce ("a ceasefire brokered by Cairo between X and Y took hold"): it is
read there too, the broker being no party to the truce.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.records import Actor

TRUCE_BETWEEN = declare(
    "source",
    "truce-between",
    "a truce or ceasefire that takes effect, holds or begins is between the parties its subject's "
    "'between X and Y' phrase names: X with Y",
    "A truce between Lima and Quito took effect at noon on Friday.",
)
# CAMEO code family of de-escalating (a ceasefire declared or observed: 0871).
_DEESCALATE = "087"


def truce_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of a truce verb whose subject names the parties with "between"; else None."""
    code = trigger.coded_as
    if trigger.noun or not code.startswith(_DEESCALATE):
        return None
    for subject in (c for c in doccache.children(trigger.token) if c.dep_ == "nsubj"):
        # (the parser may hang "between" on a participle of the truce: "a ceasefire BROKERED by Cairo
        # between X and Y took hold"; the broker is the participle's agent, the parties still X and Y)
        participles = [c for c in doccache.children(subject) if c.dep_ == "acl" and c.tag_ == "VBN"]
        for holder in (subject, *participles):
            parties = _between(holder, actors, day)
            if len(parties) >= 2:
                return parties[0], parties[1]
    return None


def _between(noun: Token, actors: DocActors, day: dt.date | None) -> list[Actor]:
    """The actors of a "between X and Y" phrase on ``noun``, in order."""
    for prep in doccache.children(noun):
        if prep.dep_ == "prep" and prep.lower_ == "between":
            heads = [n for n in doccache.children(prep) if n.dep_ == "pobj"]
            found = [a for h in heads for a in actors.resolve_all(h, day) if a.code]
            return found
    return []
