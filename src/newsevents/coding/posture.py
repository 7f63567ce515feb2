"""Force posture told in the passive with nobody named putting the forces on it: "the army was put on
alert", "its aircraft were placed on a higher state of readiness". A raised alert, a mobilisation or a
show of force (CAMEO 15) is the forces' own state's act: the one who put them on alert is their own
command, so the forces' country is the source, and the act needs no target. The arguments stage drafts
nothing for such a passive (no agent), so agentless.state_passives sources it here.
"""

from __future__ import annotations

import datetime as dt

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.forces_owner import context_owner
from newsevents.coding.lexicon import lexicon
from newsevents.coding.objects import partitive_whole
from newsevents.coding.records import Trigger
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare
from newsevents.records import Actor

PASSIVE_POSTURE = declare(
    "source",
    "passive-posture",
    "forces put on alert or on readiness in an agentless passive are put there by their own state: the "
    "forces' country is the source of the raised alert (151-153), with no target",
    "The Sudanese army was put on high alert on Sunday.",
)
# CAMEO codes of force posture a state puts its own forces in: police and military alerts, mobilisation
# (a plane "sent" in the passive is a move with a purpose, not a posture; jets "scrambled" below).
_POSTURE_CODES = ("151", "152", "153")
# The deployment of ground forces (154) in the passive is a posture too ("Ecuadorean troops were sent to
# the border", "50,000 soldiers are deployed in the region"), when the patient is troops, not aircraft.
_DEPLOYMENT = "154"
# Warplanes "scrambled" in the passive (defence bulletins: "fighters were scrambled in response") are put
# up by their own air force, as forces put on alert are: a show of force (150) of the planes' country.
_SHOW_CODE = "150"
_SCRAMBLE = "scramble"
# The verb of posting forces, whose ships in the passive are a posture too (words.toml deployed_ship_nouns).
_DEPLOY = "deploy"


def posture_parties(trigger: Trigger, actors: DocActors, day: dt.date | None) -> tuple[Actor, None] | None:
    """(source, no target) of an agentless passive of force posture whose patient names a country's
    forces, else None."""
    tok = trigger.token
    code = trigger.coded_as
    scrambled = code.startswith(_SHOW_CODE) and trigger.pattern.lemma == _SCRAMBLE
    if trigger.noun or not (code.startswith(_POSTURE_CODES) or code == _DEPLOYMENT or scrambled):
        return None
    if not (syntax.is_passive(tok) or passive_conjunct(tok)):
        return None
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    if any(c.dep_ == "agent" for v in verbs for c in doccache.children(v)):
        return None
    # ("hundreds of soldiers were deployed": the count is the parse's patient, the soldiers are the forces)
    patients = [partitive_whole(c) for v in verbs for c in doccache.children(v) if c.dep_ == "nsubjpass"]
    if code == _DEPLOYMENT:
        words = lexicon().ground_force_nouns
        if trigger.pattern.lemma == _DEPLOY:  # (warships "deployed" are posted, not sent on an errand)
            words = words | lexicon().deployed_ship_nouns
        patients = [p for p in patients if p.lemma_.casefold() in words]
    # (scrambled planes no phrase places, "KF-16 jets were scrambled", are the reporting state's below,
    # else left to the stages after)
    forces = [
        a for p in patients for a in actors.resolve_all(p, day) if a.code and (a.country or not scrambled)
    ]
    if not forces and patients:
        # ("Peru said two more brigades were moved", "fighters were scrambled, the ministry said": the
        # forces of the state that says so)
        owner = context_owner(tok, actors, day)
        forces = [owner] if owner is not None else []
    return (forces[0], None) if forces else None
