"""Releases told in the agentless passive: "five political prisoners were freed on Sunday", "ten
fishermen held in Burma were released", "the hostages were handed to the Red Cross". Nobody is named as
freeing them, but only the party holding someone can let them go, so the release is the holder's act:
the country of the custody the text names ("held IN X", "freed FROM X's jails"), else the story's
country's government, as for an agentless arrest (coding/agentless.py). The freed are the target; freed
people the text gives no country are the holder's own (a government freeing its prisoners).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.records import Actor

RELEASED_PASSIVE = declare(
    "source",
    "released-passive",
    "an agentless passive release of people is the holder's act: the country of the custody named ('held "
    "in X', 'from X's jails'), else the story's country's government; the freed are the target",
    "HAVANA - Twelve dissidents held in Cuba were freed on Sunday.",
)
# CAMEO code family of returning and releasing (persons 0841, property 0842).
_RELEASE = "084"
# Verbs that say where someone was held, on the freed ("Britons DETAINED in Iran").
_HELD = frozenset({"hold", "detain", "jail", "imprison", "keep", "kidnap", "abduct", "seize", "capture"})


def released_parties(
    trigger: Trigger, actors: DocActors, home: str | None, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of an agentless passive release (the caller checks it is agentless), or None when
    ``trigger`` releases nothing or no holder can be told."""
    code = trigger.code or trigger.pattern.code
    if trigger.noun or not code.startswith(_RELEASE):
        return None
    tok = trigger.token
    freed = [c for c in doccache.children(tok) if c.dep_ == "nsubjpass"]
    if not freed:
        return None
    holder = _custody_country(tok, freed, actors, day) or home
    if holder is None:
        return None
    targets = [a for p in freed for a in actors.resolve_all(p, day) if a.code and a.country]
    source = Actor(text="", name=actors.country_name(holder), country=holder, role="GOV", code=f"{holder}GOV")
    if targets:
        return source, targets[0]
    own = Actor(text="", name=source.name, country=holder, role=None, code=holder)
    return source, own


def _custody_country(tok: Token, freed: list[Token], actors: DocActors, day: dt.date | None) -> str | None:
    """The country that held the freed: the place of a holding verb on them ("Britons held IN Iran"), or
    the owner of the custody they leave ("freed FROM Israeli jails")."""
    custody = lexicon().custody_nouns
    for person in freed:
        for verb in doccache.children(person):
            if verb.dep_ == "acl" and verb.lemma_.casefold() in _HELD:
                country = _place_country(verb, "in", actors, day)
                if country is not None:
                    return country
    for prep in doccache.children(tok):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for noun in doccache.children(prep):
            if noun.dep_ == "pobj" and noun.lemma_.casefold() in custody:
                owners = [c for c in doccache.children(noun) if c.dep_ in ("amod", "compound", "poss")]
                for owner in owners:
                    actor = actors.resolve(owner, day)
                    if actor is not None and actor.country:
                        return actor.country
    return None


def _place_country(verb: Token, word: str, actors: DocActors, day: dt.date | None) -> str | None:
    """The country of the place a ``word`` phrase on ``verb`` names ("held IN Iran")."""
    for prep in doccache.children(verb):
        if prep.dep_ == "prep" and prep.lower_ == word:
            for noun in doccache.children(prep):
                actor = actors.resolve(noun, day) if noun.dep_ == "pobj" else None
                if actor is not None and actor.country:
                    return actor.country
    return None
