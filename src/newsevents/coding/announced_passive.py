"""Agentless passives a state tells of its own decisions to come: "Ankara announced that the Greek inspectors
will be allowed into the plant", "the chancellor says new sanctions against Minsk will be announced".

A passive names no maker, and where the story gives its act to nobody the coder made no event of it. When
the passive is the clause a state organ or a country reports (its subject, "Ankara", "the ministry", "the
president"), a passive of a state's act in the future ("will be allowed", "would be revoked unless ...")
is the speaker's intent or threat (corpus/README.md: announced decisions are the announcer's), since only
the state that decides can announce what will be done. A past passive ("two Chileans were detained, Lima
said") is left to speaker_state.py.

The target is the patient when it is another country's party, else the country a phrase on the patient
names ("sanctions AGAINST Minsk"); with neither, no event is made: "the pilot would be freed" or
"elections would be held" may be the speaker's act on its own people or one on a party named elsewhere.
One measured miss of this shape was the speaker's own forces pulled back ("the brigades were being pulled
back, Cairo said"), but its firings on the probe sets were mostly wrong (a plane sent, counted as a
comment), so that branch was dropped. Word lists are in ``coding/data/announced_passive.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.records import Actor

ANNOUNCED_PASSIVE = declare(
    "source",
    "announced-passive",
    "an agentless passive of a state's act that a state organ or country reports as to come, or as done to "
    "its own forces, is the speaker's act",
    "Ankara announced that the Greek inspectors will be allowed into the plant next week.",
)
_FILE = "coding/data/announced_passive.toml"
# CAMEO roots of acts a state decides and announces: intents (03), yielding (08), threats (13), force
# posture (15), reduced relations (16), coercive measures (17).
_DECIDED_ROOTS = ("03", "08", "13", "15", "16", "17")
# Roles of state organs that speak for their state; None is the country itself ("Ankara said").
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", None})


@dataclass(frozen=True, slots=True)
class AnnouncedWords:
    """``coding/data/announced_passive.toml``."""

    reporting_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    target_prepositions: frozenset[str]
    foreign_patients: frozenset[str]
    foreign_modifiers: frozenset[str]
    condition_marks: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> AnnouncedWords:
    return word_table(AnnouncedWords, _FILE)


def announced_parties(
    tok: Token, code: str, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of agentless passive ``tok`` (coded ``code``) that a state reports as its own act
    to come on another country's party (on foreigners at large: no target); else None."""
    if not code.startswith(_DECIDED_ROOTS) or not _to_come(tok):
        return None
    speaker = _state_speaker(tok, actors, day)
    if speaker is None:
        return None
    patients = [
        a for c in doccache.children(tok) if c.dep_ == "nsubjpass" for a in actors.resolve_all(c, day)
    ]
    # (with no other party named, "elections would be held", "the pilot would be freed", whether the act is
    # the speaker's own or done to someone the text names elsewhere is not plain)
    target = next((a for a in patients if a.country and a.country != speaker.country), None)
    target = target or _phrase_target(tok, speaker, actors, day)
    target = target or _condition_target(tok, speaker, actors, day)
    if target is None and _foreigners(tok):
        return (speaker, None)  # ("foreigners would be barred": abroad, on no one state)
    return (speaker, target) if target is not None else None


def _condition_target(tok: Token, speaker: Actor, actors: DocActors, day: dt.date | None) -> Actor | None:
    """Another country that is the subject of the passive's condition ("the licence would be revoked UNLESS
    MANAGUA freed the prisoners"): the measure to come is the speaker's threat aimed at the party that may
    still avert it."""
    for clause in (c for c in doccache.children(tok) if c.dep_ == "advcl"):
        kids = doccache.children(clause)
        if not any(m.dep_ == "mark" and m.lower_ in _words().condition_marks for m in kids):
            continue
        for subject in (c for c in kids if c.dep_ == "nsubj"):
            found = next((a for a in actors.resolve_all(subject, day) if a.country != speaker.country), None)
            if found is not None and found.country:
                return found
    return None


def _foreigners(tok: Token) -> bool:
    """Whether the passive's subject is foreign people at large ("foreigners", "foreign nationals"), none
    of whom a country phrase places (those are read as the target)."""
    words = _words()
    for subject in (c for c in doccache.children(tok) if c.dep_ == "nsubjpass"):
        lemma = subject.lemma_.casefold()
        modifiers = (c.lower_ for c in doccache.children(subject) if c.dep_ == "amod")
        foreign = any(m in words.foreign_modifiers for m in modifiers)
        if lemma in words.foreign_patients and (foreign or lemma == "foreigner"):
            return True
    return False


def _to_come(tok: Token) -> bool:
    """A passive with an auxiliary of the future ("WILL be lifted", "WOULD be revoked")."""
    return any(
        c.dep_ == "aux" and c.lemma_.casefold() in _words().future_auxiliaries for c in doccache.children(tok)
    )


def _state_speaker(tok: Token, actors: DocActors, day: dt.date | None) -> Actor | None:
    """The state organ or country whose reporting verb ``tok``'s clause is the complement of."""
    verb = tok.head
    if tok.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.casefold() not in _words().reporting_verbs:
        return None
    speakers = [a for s in doccache.children(verb) if s.dep_ == "nsubj" for a in actors.resolve_all(s, day)]
    return next((a for a in speakers if a.country and a.role in _STATE_ROLES), None)


def _phrase_target(tok: Token, speaker: Actor, actors: DocActors, day: dt.date | None) -> Actor | None:
    """Another country named in a phrase on the passive's subject ("sanctions AGAINST Minsk")."""
    for subject in (c for c in doccache.children(tok) if c.dep_ == "nsubjpass"):
        for prep in doccache.children(subject):
            if prep.dep_ != "prep" or prep.lower_ not in _words().target_prepositions:
                continue
            for obj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
                found = next((a for a in actors.resolve_all(obj, day) if a.country != speaker.country), None)
                if found is not None and found.country:
                    return found
    return None
