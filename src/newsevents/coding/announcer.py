"""An act a state organ announces for its own state's forces is the organ's announcement (issue 10).

"Peru's defence minister warned that the army would strike any group that crossed the border": the
modality stage reads the strike as intended and codes its threat twin (138), but the arguments stage
gives it the clause's subject, the army, as if the army had spoken. corpus/README.md codes announced
decisions as the announcement (intent 03, threat 13), made by whoever announces them: the minister (GOV).
Likewise "the president proposed that Chilean troops help rebuild the port" (an intent of the president's
government) and "the army spokesman warned that Peru would answer any attack" (the spokesman's, MIL).

The rule reads only intended or hypothetical acts ("would", "should") whose source is the subject of a clause
that is the complement of a verb of announcing (``data/announcer.toml``) with a state organ as its
subject, and only when that subject is the speaker's own state under another role: its forces, its
police, the state itself, or a bare force noun its words place nowhere ("the army", "their troops"),
which a speaker names as its own. A speaker telling what another state will do ("Lima said Quito would
withdraw its troops") and a body speaking of its own acts ("the army said it would strike") are left as
they are. A relabelling of the source only: the code stays the one the act's parties gave.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.military_titles import titled_military
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.roles import LIGHT_VERB_SUBJECT, SHARED_SUBJECT, SUBJECT
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["ANNOUNCER", "announcer"]

ANNOUNCER = declare(
    "source",
    "announcer",
    "an act a state organ announces for its own state's forces or state (an intended act in the clause "
    "of its verb of announcing) is the organ's announcement: the speaker is the source",
    "Peru's defence minister warned on Monday that the army would strike any armed group.",
)
# Source rules of a clause's subject (the verb's own, its first conjunct's, its light verb's).
_SUBJECT_RULES = frozenset({SUBJECT, SHARED_SUBJECT, LIGHT_VERB_SUBJECT})
# Dependencies that carry an act up to the verb of its clause ("would strike", "help retake": xcomp).
_CLAUSE_DEPS = frozenset({"xcomp", "conj", "dobj", "advcl"})
# Modalities of an announced act: intended ("would strike", "will send") or hypothetical ("agreed that
# their troops should pull back").
_ANNOUNCED = frozenset({"intended", "hypothetical"})
# How far up the parse the clause's verb and its verb of announcing are looked for.
_MAX_STEPS = 4


@dataclass(frozen=True, slots=True)
class AnnouncerWords:
    """``coding/data/announcer.toml``."""

    verbs: frozenset[str]
    speaker_roles: frozenset[str]
    clause_roles: frozenset[str]


@functools.lru_cache(maxsize=1)
def announcer_words() -> AnnouncerWords:
    """The verbs of announcing and the roles of ``coding/data/announcer.toml``, checked."""
    return word_table(AnnouncerWords, "coding/data/announcer.toml")


def announcer(
    trigger: Trigger, source_rule: str | None, source: Actor, day: dt.date | None
) -> tuple[Actor, str | None]:
    """The speaker who announces intended act ``trigger`` for its own state's forces, with this rule's
    step; ``source`` and None otherwise."""
    words = announcer_words()
    if trigger.modality not in _ANNOUNCED or source_rule not in _SUBJECT_RULES:
        return source, None
    if source.role not in words.clause_roles:
        return source, None
    clause = _clause_verb(trigger.token)
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.casefold() not in words.verbs:
        return source, None
    subjects = [c for c in doccache.children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return source, None
    actors = trigger.token.doc._.ne_actors
    # (a speaker named with a military title is the military: military_titles.py)
    speakers = [
        titled_military(s, a) or a
        for s in doccache.children(clause.head)
        if s.dep_ == "nsubj"
        for a in actors.resolve_all(s, day)
        if a.country and a.role in words.speaker_roles
    ]
    bare = not _names_country(subjects[0])
    speaker = next((a for a in speakers if a.country == source.country), None)
    if speaker is None and bare and len({a.country for a in speakers}) == 1:
        speaker = speakers[0]  # ("the minister warned that the army would strike": the minister's own army)
    if speaker is None or speaker.role == source.role:
        return source, None
    return speaker, ANNOUNCER


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause that holds act ``tok``: ``tok`` itself, or the verb it hangs on as an
    infinitive or object ("would help retake", "launch an offensive"), with a subject of its own."""
    for _ in range(_MAX_STEPS):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(tok)):
            return tok
        if tok.dep_ not in _CLAUSE_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _names_country(head: Token) -> bool:
    """Whether the subject phrase at ``head`` names a country of its own ("Chilean troops", "Peru")."""
    left, right = head.left_edge.i, head.right_edge.i
    mentions = head.doc._.ne_actors.mentions
    return any(m.kind == "country" and left <= m.start <= right for m in mentions)
