"""An agentless passive of a state's act, told by a state organ, is that state's act.

"The Chilean ambassador was expelled on Monday, the Peruvian foreign ministry said": the passive names
no maker, and the coder would give the act to the story's country (the dateline's), but the speaker is
the state that can expel, arrest, release or deploy, and tells its own act. When the passive's reporting
verb ("said", "announced", "confirmed") has a state organ of another country than the passive's patient
as its subject, that organ is the source and the patient the target ("two Chilean sailors were released,
the Peruvian navy said": Peru frees Chileans). A patient of the speaker's own country, or of none, is left
alone ("two Peruvian soldiers were detained, the Peruvian army said" is the army telling what others did),
and troops deployed or withdrawn are their own state's ("Chilean troops were deployed, Lima said": Chile's).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.rules import declare
from newsevents.records import Actor

SPEAKER_STATE = declare(
    "source",
    "speaker-state",
    "an agentless passive of a state's act (yield, posture, reduced relations, coercion) told by a state "
    "organ of another country than its patient's is that organ's act",
    "The Chilean ambassador was expelled on Monday, the Peruvian foreign ministry said.",
)
# Roots of acts a state does to another's people or envoys and tells itself: release (08), force
# posture (15), expulsions and measures (16), arrests and seizures (17). Not attacks (18-20), which a
# speaker as often tells of its own side suffering.
_STATE_ACT_ROOTS = ("08", "15", "16", "17")
# Roots of acts a state does with its own armed forces, sent or pulled back: "Chilean troops were deployed
# (withdrawn), the Peruvian ministry said" tells Chile's act, not Peru's on Chilean troops.
_OWN_FORCES_ROOTS = ("08", "15")
# Reporting verbs whose subject tells the act.
_REPORTING = frozenset({"say", "announce", "confirm", "report", "state", "add", "tell"})
# Roles of state organs.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
# The root of arrests, detentions and bans, and the roles of those who serve a state: one of the speaker's
# own citizens who serves none (an opposition leader, a militant, a journalist) arrested with no maker named
# is arrested by the speaker's state; its own soldiers, police or envoys detained are held by others
# ("two Peruvian soldiers were detained, the Peruvian army said").
_COERCION = "17"
_SERVANT_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})


def speaker_parties(
    tok: Token, code: str, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of agentless passive ``tok`` (coded ``code``) told by a state organ about a
    patient of another country."""
    if not code.startswith(_STATE_ACT_ROOTS):
        return None
    told = _speaker_and_patient(tok, actors, day)
    if told is None:
        return None
    speaker, patient = told
    if patient is None or patient.country == speaker.country:
        return None  # (a patient of no country, "the country had been freed from terror", is no one's)
    if patient.role == "MIL" and code.startswith(_OWN_FORCES_ROOTS):
        return patient, None  # ("North Korean troops were deployed to Russia, Seoul said": Pyongyang's)
    return speaker, patient


def home_speaker(tok: Token, code: str, actors: DocActors, day: dt.date | None) -> str | None:
    """The country of the state organ that tells agentless arrest ``tok`` of one of its own citizens who
    serves no state, or of people no country places ("its leader had been detained, officials in
    Islamabad said": Pakistan's arrest, wherever the story was filed), else None."""
    if not code.startswith(_COERCION):
        return None
    told = _speaker_and_patient(tok, actors, day)
    if told is None:
        return None
    speaker, patient = told
    # (a patient of no country, "three men were detained, Zendan police said", is held where the organ rules)
    if patient is not None and (patient.country != speaker.country or patient.role in _SERVANT_ROLES):
        return None
    return speaker.country


def _speaker_and_patient(
    tok: Token, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """The state organ that tells passive ``tok`` (the subject of its reporting verb) and the first
    patient of a country, when there is such an organ."""
    verb = tok.head if tok.dep_ == "ccomp" else None
    if verb is None:  # ("..., the ministry said" may hang on the act as its parataxis)
        verb = next((c for c in doccache.children(tok) if c.dep_ in ("parataxis", "ccomp")), None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.casefold() not in _REPORTING:
        return None
    speakers = [a for s in doccache.children(verb) if s.dep_ == "nsubj" for a in actors.resolve_all(s, day)]
    speaker = next((a for a in speakers if a.country and a.role in _STATE_ROLES), None)
    if speaker is None:
        return None
    patients = [
        a for c in doccache.children(tok) if c.dep_ == "nsubjpass" for a in actors.resolve_all(c, day)
    ]
    return speaker, next((a for a in patients if a.country), None)
