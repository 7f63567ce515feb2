"""Captives freed with nobody named as freeing them: "twenty farmers kidnapped last week were released on
Sunday", "the hostages were freed at dawn". Only those holding someone can let them go, and people who
were kidnapped, abducted or taken hostage were held by their captors, not by a government: the release is
the captors' act. The captors are unnamed here, so they are an unidentified armed group of the story's
country (as "gunmen" are); the freed are the target, else the story's country.

``released.py`` asks this module only when no custody country is named ("held in X") and the freed are no
government's own prisoners.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.rules import declare
from newsevents.records import Actor

CAPTIVES_FREED = declare(
    "source",
    "captives-freed",
    "an agentless passive release of people told as kidnapped, abducted, seized or taken hostage is their "
    "captors' act: an unidentified armed group of the story's country; the freed are the target",
    "ABUJA - Forty villagers abducted from their homes last week were freed on Sunday.",
)
# Verbs that tell someone was taken captive, on the freed ("pupils KIDNAPPED from a school").
_CAPTURED = frozenset({"kidnap", "abduct", "seize", "snatch", "capture", "grab"})
# Words for the freed that say they were captives ("the HOSTAGES were freed").
_CAPTIVES = frozenset({"hostage", "captive", "abductee"})
# The adjectival participles the parser gives for a captive ("the KIDNAPPED pupils").
_CAPTIVE_MODIFIERS = frozenset({"kidnapped", "abducted", "captive", "kidnap"})
# The role the actor tables give gunmen nobody has named (unidentified armed forces).
_CAPTORS_ROLE = "UAF"


def captors_release(
    freed: list[Token], targets: list[Actor], actors: DocActors, home: str | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of an agentless release of ``freed`` when they are told as captives: the story's
    country's unnamed captors and the freed (else the story's country); None when they are not told as
    captives or the story has no country."""
    if home is None or not any(_captive(person) for person in freed):
        return None
    name = actors.country_name(home)
    source = Actor(text="", name=name, country=home, role=_CAPTORS_ROLE, code=f"{home}{_CAPTORS_ROLE}")
    target = targets[0] if targets else country_actor(actors, home)
    return source, target


def _captive(person: Token) -> bool:
    """Whether ``person`` is told as someone taken captive: a captive's noun, a captive's modifier, or a
    capturing verb in a reduced relative on it ("girls seized from a school", "a man taken hostage")."""
    if person.lemma_.casefold() in _CAPTIVES:
        return True
    for child in doccache.children(person):
        if child.dep_ == "amod" and child.lower_ in _CAPTIVE_MODIFIERS:
            return True
        if child.dep_ == "acl" and (child.lemma_.casefold() in _CAPTURED or _taken_hostage(child)):
            return True
    return False


def _taken_hostage(verb: Token) -> bool:
    """ "taken hostage" / "held captive": a verb of taking or holding with a captive's word beside it."""
    return verb.lemma_.casefold() in ("take", "hold") and any(
        c.lemma_.casefold() in _CAPTIVES for c in doccache.children(verb)
    )
