"""People seized with nobody named, in a story of a kidnapping: "Four aid workers were seized from their
compound on Tuesday", where the story also tells of kidnappers, hostages or a ransom. The agentless
passive of an arrest is the story's country's police's (coding/agentless.py, ``source:state-passive``);
but a story that calls its captives hostages, or their captors kidnappers, tells an abduction (181) by an
unnamed armed group, not an arrest (173) nor property seized (171). The source is the country where it
happened, as for any act of force with nobody named; the target is the captives' own country, else the
country it happened in.

People seized by a party the actors stage resolves as an armed group (a rebel, insurgent, militia,
separatist or criminal role: "Hamas gunmen ... seizing dozens", "militants seized a third soldier", "the
front released the peacekeepers two weeks after seizing them") are abducted too (ARMED_CAPTORS): the rows
that read the subject's words ("rebels seized X") miss a doer told in a participle, a conjunct or a name,
while the resolved source carries the group's kind whatever the wording. Words in
``coding/data/captive_taken.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.records import Actor

CAPTIVE_TAKEN = declare(
    "code",
    "captive-taken",
    "people seized, snatched or grabbed with nobody named, in a story that tells of kidnappers, hostages "
    "or a ransom, are abducted (181) by an unnamed group, not arrested by the story's police (173)",
    "Two nurses were snatched from their clinic on Monday; their kidnappers have asked for a ransom.",
)
ARMED_CAPTORS = declare(
    "code",
    "armed-captors",
    "people seized or captured by an armed non-state party (a source whose role is a rebel, insurgent, "
    "militia, separatist or criminal one) are abducted (181), not arrested (173) nor property seized (171)",
    "Gunmen of the Freedonian Liberation Front stormed the village, killing ten people and seizing dozens.",
)
_FILE = "coding/data/captive_taken.toml"
ABDUCTION = "181"
# Roots of what a seizing row codes of its object: property seized, arrested, a coup (17).
_SEIZED_ROOT = "17"


@dataclass(frozen=True, slots=True)
class CaptiveWords:
    """``coding/data/captive_taken.toml``."""

    taking_verbs: frozenset[str]
    captivity_words: frozenset[str]
    armed_taking_verbs: frozenset[str]
    captor_roles: frozenset[str]
    seized_codes: frozenset[str]


@functools.lru_cache(maxsize=1)
def captive_words() -> CaptiveWords:
    """The captive-taking words, checked: every key present, each a list of words."""
    return word_table(CaptiveWords, _FILE)
# Parts of speech and words a captive's phrase may stand on: a people noun, a name, a nationality
# ("the Koreans"), a pronoun, or a bare number ("the seven were seized").
_PEOPLE_PRONOUNS = frozenset({"they", "he", "she", "them", "him", "her"})
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})
# Entity types of a bare count taken for the captives ("seizing DOZENS", "seized A THIRD").
_COUNTS = frozenset({"CARDINAL", "ORDINAL"})


def taken_captives(trigger: Trigger) -> Trigger:
    """``trigger`` recoded as an abduction (181) when it is an agentless passive of a seizing verb whose
    subject is people, in a story that tells of a kidnapping (CAPTIVE_TAKEN); else unchanged."""
    if trigger.noun or not _taken(trigger.token, trigger.coded_as):
        return trigger
    return replace(trigger, code=ABDUCTION, steps=(*trigger.steps, CAPTIVE_TAKEN))


def captive_draft(draft: Draft) -> Draft:
    """``draft`` recoded as an abduction (181) by no named arm of the country it happened in, when the
    arguments stage placed an agentless seizing of people (``unattributed``: "were seized from their
    compound in X") in a story of a kidnapping; else unchanged."""
    if "unattributed" not in draft.facts or CAPTIVE_TAKEN in draft.steps or draft.trigger.noun:
        return armed_captors(draft)
    if draft.code == ABDUCTION or not _taken(draft.token, draft.code):
        return draft
    country = draft.source.country
    if not country:
        return draft
    source = replace(draft.source, role=None, code=country)
    return draft.step(CAPTIVE_TAKEN, code=ABDUCTION, source=source)


def armed_captors(draft: Draft) -> Draft:
    """``draft`` recoded as an abduction (181) when it is people seized by an armed non-state party
    (ARMED_CAPTORS); else unchanged."""
    words = captive_words()
    tok = draft.token
    if draft.trigger.noun or draft.code not in words.seized_codes:
        return draft
    if draft.source.role not in words.captor_roles or tok.lemma_.casefold() not in words.armed_taking_verbs:
        return draft
    seized = [c for c in doccache.children(tok) if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_people(c) or c.pos_ == "NUM" or c.ent_type_ in _COUNTS for c in seized):
        return draft  # ("said it had seized the palace": ground or goods, no captives)
    return draft.step(ARMED_CAPTORS, code=ABDUCTION)


def _taken(tok: Token, code: str) -> bool:
    """Whether verb ``tok`` coded ``code`` is an agentless passive of a seizing verb whose subject is
    people, in a story that tells of a kidnapping (a row that reads it as kidnapping already, "were
    snatched", needs no captivity word)."""
    words = captive_words()
    if tok.pos_ != "VERB" or tok.lemma_.casefold() not in words.taking_verbs:
        return False
    if not code.startswith(_SEIZED_ROOT) and code != ABDUCTION or not _agentless_people(tok):
        return False
    return code == ABDUCTION or any(t.lemma_.casefold() in words.captivity_words for t in tok.doc)


def _agentless_people(tok: Token) -> bool:
    """Whether verb ``tok`` is a passive with no agent whose subject names people."""
    children = doccache.children(tok)
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "nsubjpass" and _people(c) for c in children)


def _people(head: Token) -> bool:
    """Whether a subject's head names people ("aid workers", "the Koreans", "Ann Lee", "they", "the
    seven"), not a place or a thing."""
    if head.lower_ in _PEOPLE_PRONOUNS or head.lemma_.casefold() in lexicon().person_nouns:
        return True
    if head.ent_type_ in _PEOPLE_ENTITIES and head.pos_ in ("PROPN", "NOUN"):
        return True
    return head.pos_ == "NUM" and any(c.dep_ == "det" for c in doccache.children(head))


def captive_parties(
    trigger: Trigger, actors: DocActors, home: str | None, day: dt.date | None
) -> tuple[Actor, Actor | None, str] | None:
    """(source, target, rule) of people seized in a story of a kidnapping (``taken_captives``): the
    story's country with no arm named, and the captives' own country where their phrase names one (else
    no target: a later step finds the story's foreign party)."""
    if CAPTIVE_TAKEN not in trigger.steps or home is None:
        return None
    source = Actor(text="", name=actors.country_name(home) or home, country=home, role=None, code=home)
    patients = [c for c in doccache.children(trigger.token) if c.dep_ == "nsubjpass"]
    targets = [a for p in patients for a in actors.resolve_all(p, day) if a.code and a.country]
    return source, (targets[0] if targets else None), CAPTIVE_TAKEN
