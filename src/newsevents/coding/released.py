"""Releases told in the agentless passive: "five political prisoners were freed on Sunday", "ten
fishermen held in Burma were released", "the hostages were handed to the Red Cross". Nobody is named as
freeing them, but only the party holding someone can let them go, so the release is the holder's act:
the country of the custody the text names ("held IN X", "freed FROM X's jails"), else the story's
country's government when the freed are that country's own people (a government freeing its prisoners).
The freed are the target. A release demanded or foreseen ("that they be returned") is left alone.

Asylum told the same way ("was granted asylum in Mexico") is given by the country it is granted in.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding.captives import CAPTIVES_FREED, captors_release
from newsevents.coding.handed_home import HANDED_HOME, handed_home
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
GRANTED_IN = declare(
    "source",
    "granted-in",
    "asylum granted in the agentless passive is the act of the country it is granted in; the one sheltered "
    "is the target",
    "LIMA - The former premier was granted asylum in Uruguay on Friday.",
)
# CAMEO code of granting asylum.
_ASYLUM = "075"
# CAMEO code family of returning and releasing (persons 0841, property 0842).
_RELEASE = "084"
# Verbs that say where someone was held, on the freed ("Britons DETAINED in Iran"); a sentence or a
# conviction passed in a country is served in its custody ("a veteran SENTENCED in Iran was released").
_HELD = frozenset(
    {
        "hold",
        "detain",
        "jail",
        "imprison",
        "keep",
        "kidnap",
        "abduct",
        "seize",
        "capture",
        "sentence",
        "convict",
    }
)
# The actors stage's rule for a generic agent placed only by its sentence or story ("prisoners").
_CONTEXT_RULE = "agent-in-context"
# Tags of a finite auxiliary ("were", "was", "have", "has"): the release is told as done.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Entity types of a freed subject that is a place, not people ("the country had been freed").
_PLACES = frozenset({"GPE", "LOC"})


def released_parties(
    trigger: Trigger, actors: DocActors, home: str | None, day: dt.date | None
) -> tuple[Actor, Actor | None, str] | None:
    """(source, target, rule) of an agentless passive release (the caller checks it is agentless), or None
    when ``trigger`` releases nothing or no holder can be told (captives' captors: coding/captives.py)."""
    code = trigger.coded_as
    if trigger.noun or not code.startswith(_RELEASE):
        return None
    tok = trigger.token
    # ("were driven to the border and HANDED over": a coordinated participle shares its head's subject)
    head = tok.head if _passive_conjunct(tok) else tok
    freed = [p for c in doccache.children(head) if c.dep_ == "nsubjpass" for p in _freed_phrase(c)]
    if not freed or not _told_as_done(head) or _freed_from_other(tok):
        return None
    targets = [a for p in freed for a in actors.resolve_all(p, day) if a.code and a.country]
    holder = _custody_country(tok, freed, actors, day)
    home_handover = handed_home(tok, targets, actors, day) if holder is None else None
    if home_handover is not None:  # ("handed over TO the Indian authorities": coding/handed_home.py)
        return (*home_handover, HANDED_HOME)
    # (with no custody named, only freed of the story's own country tell their holder: a government
    # freeing its own prisoners; freed foreigners or unnamed "two men" leave the holder open)
    if holder is None and targets and targets[0].country == home and _names_country(freed, actors, day):
        holder = home
    if holder is None:
        captors = captors_release(freed, targets, actors, home)
        return None if captors is None else (*captors, CAPTIVES_FREED)
    source = government_of(actors, holder)
    return source, (targets[0] if targets else None), RELEASED_PASSIVE


def asylum_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of asylum granted in an agentless passive ("was granted asylum IN Russia"): the
    country of the place, and the one sheltered; None when ``trigger`` is no such grant or names no place."""
    code = trigger.coded_as
    if trigger.noun or code != _ASYLUM:
        return None
    tok = trigger.token
    sheltered = [c for c in doccache.children(tok) if c.dep_ == "nsubjpass"]
    objects = [c for c in doccache.children(tok) if c.dep_ in ("dobj", "obj")]
    host = _place_country(tok, "in", actors, day) or next(
        (h for o in objects if (h := _place_country(o, "in", actors, day)) is not None), None
    )
    if not sheltered or host is None:
        return None
    targets = [a for p in sheltered for a in actors.resolve_all(p, day) if a.code and a.country]
    source = government_of(actors, host)
    return source, (targets[0] if targets else None)


def _names_country(freed: list[Token], actors: DocActors, day: dt.date | None) -> bool:
    """Whether the phrase of the freed names their country itself ("Peruvian generals"), rather than
    being placed by the story around it ("five prisoners" read as the story's)."""
    return any(actors.rule_of(p, day) not in (None, _CONTEXT_RULE) for p in freed)


def _freed_phrase(subject: Token) -> list[Token]:
    """The freed a passive subject names: itself, or for a place ("the country had been freed"), the people
    in apposition to it (a dateline the parser took for the subject: "TEHRAN, June 5 -- A doctor, ...")."""
    if subject.ent_type_ not in _PLACES:
        return [subject]
    return [c for c in doccache.children(subject) if c.dep_ == "appos" and c.ent_type_ not in _PLACES]


def _passive_conjunct(tok: Token) -> bool:
    """A participle coordinated with a passive verb, with no subject or auxiliary of its own."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in doccache.children(tok.head))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in doccache.children(tok))
    )


def _told_as_done(tok: Token) -> bool:
    """A release told as done ("were freed", "have been released"), not one demanded or foreseen ("that
    they be returned", "will be freed"): a finite auxiliary in the past or present."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in doccache.children(tok))


def _freed_from_other(tok: Token) -> bool:
    """Freed from something that is no custody ("freed from terrorism", "released from its obligations")."""
    custody = lexicon().custody_nouns
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and not any(n.dep_ == "pobj" and n.lemma_.casefold() in custody for n in doccache.children(prep))
        for prep in doccache.children(tok)
    )


def _custody_country(tok: Token, freed: list[Token], actors: DocActors, day: dt.date | None) -> str | None:
    """The country that held the freed: the place of a holding verb on them ("Britons held IN Iran"), or
    the owner of the custody they leave ("freed FROM Israeli jails")."""
    custody = lexicon().custody_nouns
    # (the freed or a phrase in apposition to them: "TEHRAN - A doctor, who had been held in ...")
    named = [*freed, *(a for p in freed for a in doccache.children(p) if a.dep_ == "appos")]
    for person in named:
        for verb in doccache.children(person):
            # ("Britons DETAINED in Iran", "a doctor, who had been HELD in the US,": a relative clause too)
            if verb.dep_ in ("acl", "relcl") and verb.lemma_.casefold() in _HELD:
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
