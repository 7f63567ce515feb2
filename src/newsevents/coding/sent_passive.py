"""Things and forces sent in the passive with nobody named sending them: "Germany's tanks have been
delivered to Ukraine", "two French warships were sent to the coast", "Russian aid was delivered to the
city", "American bombers were dispatched to the peninsula". The owner the patient's phrase names (a
possessive or a nationality word) is who sent them: aid delivered (CAMEO 07) is its donor's, forces sent
(15) their own state's, as the corpus codes them. The arguments stage drafts nothing for an agentless
passive, so such an act made no event at all; the target is the country the "to" phrase names, else none.

Read by agentless.state_passives after force posture (coding/posture.py), which it wraps: troops put on
alert or deployed keep that rule and its step; this one takes what posture leaves (ships, planes, aid).
A sending told with its errand ("a Peruvian plane was sent to fetch the envoys") is left alone: the
errand is the event. A patient that names no country ("the tanks were delivered") is left alone: its
sender is not plain; so are people moved ("refugees were airlifted to Norway").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.objects import partitive_whole
from newsevents.coding.posture import PASSIVE_POSTURE, posture_parties
from newsevents.coding.records import Trigger
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare
from newsevents.records import Actor

SENT_PASSIVE = declare(
    "source",
    "sent-passive",
    "aid or forces sent in an agentless passive whose phrase names their owner are sent by that owner: "
    "the owner is the source, the country the sending is to (if any) the target",
    "Two French warships were sent to the coast of Lebanon on Tuesday.",
)
# Roots of acts of sending: aid given (07) and forces moved (15).
_SENT_ROOTS = frozenset({"07", "15"})
# How a patient's phrase names its owner: "Germany's tanks", "French warships", "Kremlin aid".
_OWNER_DEPS = frozenset({"poss", "amod", "compound"})
# The roles of what a state sends: its forces and their arms (MIL), a government's things (GOV), or things
# of a country and no role ("Russian aid"). People moved ("refugees were airlifted", "the first lady was
# flown") are no state's sending, and their country is not the sender's.
_THINGS_ROLES = frozenset({"MIL", "GOV", None, ""})
# Asylum granted (075) is given to people, who are nobody's things: coding/released.py reads it.
_ASYLUM = "075"
# Prepositions of where the things were sent.
_TO = frozenset({"to", "into"})


def sent_or_posture(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None, str] | None:
    """(source, target, rule) of an agentless passive of force posture (posture.py), else of aid or forces
    sent whose patient names its owner; None for any other trigger."""
    posture = posture_parties(trigger, actors, day)
    if posture is not None:
        return (*posture, PASSIVE_POSTURE)
    sent = _sent_parties(trigger, actors, day)
    return (*sent, SENT_PASSIVE) if sent is not None else None


def _sent_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    tok = trigger.token
    if trigger.noun or trigger.coded_as[:2] not in _SENT_ROOTS or trigger.coded_as.startswith(_ASYLUM):
        return None
    if not (syntax.is_passive(tok) or passive_conjunct(tok)):
        return None
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    if any(c.dep_ == "agent" or _errand(c) for v in verbs for c in doccache.children(v)):
        return None
    patients = [partitive_whole(c) for v in verbs for c in doccache.children(v) if c.dep_ == "nsubjpass"]
    owned = [
        p
        for p in patients
        if any(c.dep_ in _OWNER_DEPS for c in doccache.children(p))
        and actors.resolver.agent_role(p) in _THINGS_ROLES  # (people given asylum are nobody's aid)
    ]
    owners = [a for p in owned for a in actors.resolve_all(p, day) if a.country and a.role in _THINGS_ROLES]
    if not owners:
        return None
    source = owners[0]
    places = [
        o
        for v in verbs
        for c in doccache.children(v)
        if c.dep_ == "prep" and c.lower_ in _TO
        for o in doccache.children(c)
        if o.dep_ == "pobj"
    ]
    targets = [
        a for p in places for a in actors.resolve_all(p, day) if a.country and a.country != source.country
    ]
    return source, (targets[0] if targets else None)


def _errand(clause: Token) -> bool:
    """Whether ``clause`` tells what the things were sent to do ("a plane was sent TO FETCH the envoys"): a
    sending for an errand is a journey the errand names, not aid or a show of force."""
    return clause.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in doccache.children(clause)
    )
