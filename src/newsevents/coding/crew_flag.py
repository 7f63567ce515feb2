"""Crews and boats seized with no country of their own: "A Korean patrol stopped a Ruritanian trawler off
the coast. The captain and nine crew were detained." The crew's phrase names no country, so the actors
stage places them in the story's country, and the detention would read as a state acting on its own
people. A captain, a crew or a boat named without a flag belongs to the boat named with one a few
sentences before ("a Ruritanian trawler", "a Freedonia-flagged tanker"): its country is the target.
A ship named only by its name ("the Sea Star 3 was seized") takes it up the same way. A boat of no
named flag is aimed at by its cargo's destination ("seized a freighter carrying arms bound for
Freedonia"), as the probe codes a seizure at sea: at the flag state or the arms' destination.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

CREW_FLAG = declare(
    "target",
    "crew-flag",
    "a captain, crew or boat seized with no country named is of the flag of the boat named with one in the "
    "sentences before (also over a country the ship was placed in by its sentence alone); a boat of no "
    "flag is of its cargo's destination ('bound for X')",
    "Police stopped a Ruritanian trawler. Its captain and crew were detained.",
)
# How many sentences before the seizure's own the flagged boat may have been named in.
_SENTENCES_BACK = 3
# The actors stage's rules that place a phrase naming no country by what is around it: a generic agent by
# its sentence or story ("the crew"), a collective noun by the last group named ("the crew" after "Greek
# police boarded ..."): a flagged boat named before tells the crew's country better.
_AROUND_RULES = frozenset({"agent-in-context", "group-referent"})
# CAMEO codes of seizing and holding: property seized (171 and its kinds), arrests and detentions (173).
_SEIZURES = frozenset({"171", "173"})
# The dependencies of the seized on the act: a passive's subject, an active verb's object.
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})
_AROUND = "agent-in-context"  # (a phrase no rule resolved)
# Words on a boat that give its flag ("a CHINESE trawler", "a PANAMA-flagged tanker").
_FLAG_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# Participles that give a cargo's destination ("arms BOUND for X", "fuel DESTINED for Y").
_BOUND = frozenset({"bound", "destined"})
# The preposition of the destination after them.
_FOR = frozenset({"for", "to"})
# Entity types of a name that is no boat (people and places have countries of their own).
_NOT_BOATS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def crew_flag(patients: list[Token], seizer: str, actors: DocActors, day: dt.date | None) -> Actor | None:
    """The country of the boat the seized ``patients`` belong to, when they name none themselves; the
    ``seizer``'s own boats (its coast guard's cutters) are not the one seized."""
    words = lexicon()
    aboard = [
        p
        for p in patients
        if (_aboard(p, words.crew_nouns) or _aboard(p, words.vessel_nouns) or _ship_name(p))
        and (actors.rule_of(p, day) or _AROUND) in _AROUND_RULES
    ]
    if not aboard:
        return None
    doc = aboard[0].doc
    first = doccache.window_start(aboard[0], _SENTENCES_BACK + 1)
    for tok in reversed(doc[first : min(p.i for p in aboard)]):
        if tok.lemma_.casefold() in words.vessel_nouns:
            flag = _flag(tok, actors, day)
            if flag is not None and flag != seizer:
                return country_actor(actors, flag)
    bound = _bound_for(aboard[0], actors, day)
    return country_actor(actors, bound) if bound is not None and bound != seizer else None


def _bound_for(patient: Token, actors: DocActors, day: dt.date | None) -> str | None:
    """A boat of no named flag is aimed at by where its cargo went ("a freighter carrying rockets bound FOR
    Freedonia"): the country of the 'for' phrase of "bound" or "destined" in the seizure's sentence."""
    for tok in patient.sent:
        if tok.lower_ not in _BOUND or tok.i < patient.i:
            continue
        for prep in doccache.children(tok):
            if prep.dep_ != "prep" or prep.lower_ not in _FOR:
                continue
            for place in doccache.children(prep):
                actor = actors.resolve(place, day) if place.dep_ == "pobj" else None
                if actor is not None and actor.country:
                    return actor.country
    return None


def _aboard(tok: Token, nouns: frozenset[str]) -> bool:
    """A word of ``nouns``, or a noun it qualifies ("the CREW members", "the fishing BOAT skipper")."""
    return tok.lemma_.casefold() in nouns or any(
        c.dep_ == "compound" and c.lemma_.casefold() in nouns for c in doccache.children(tok)
    )


def _ship_name(tok: Token) -> bool:
    """A proper name that may be a boat's ("the Sea Star 3"): no person's and no place's."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_BOATS


def _flag(vessel: Token, actors: DocActors, day: dt.date | None) -> str | None:
    """The country a boat's own words give it ("a Chinese trawler", "a Panama-flagged tanker")."""
    for word in doccache.children(vessel):
        if word.dep_ not in _FLAG_DEPS:
            continue
        # ("Panama-flagged": the country hangs from the participle)
        for owner in (word, *(c for c in doccache.children(word) if c.dep_ in _FLAG_DEPS)):
            actor = actors.resolve(owner, day)
            if actor is not None and actor.country:
                return actor.country
    return None


def flags_aboard(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each seizure or detention left with no target of its own (or only its source's own
    country to fall back on) aimed at the flag of the boat its crew or ship belongs to ("Ruritanian trawler
    ... the Sea Star 3 was seized by the navy"). Run after the own-country fallbacks (coding/rivals.py).
    A target the actors stage placed only by what is around it ("the ship" after "a Ruritanian freighter
    sailing from Freedonia", taken as Freedonia's) gives way to the flag too: crew_flag keeps to patients
    placed by those rules, so a seized party named for itself keeps its own country."""
    out: list[Draft] = []
    for d in drafts:
        own, implicit = d.source.country, d.implicit_target
        if d.code[:3] not in _SEIZURES or own is None:
            out.append(d)
            continue
        if d.target is None and implicit is not None and implicit.country != own:
            out.append(d)
            continue
        patients = [c for c in doccache.children(d.token) if c.dep_ in _PATIENT_DEPS]
        flag = crew_flag(patients, own, actors, role_day(d.when)) if patients else None
        same = flag is None or (d.target is not None and d.target.country == flag.country)
        out.append(d if same else d.step(CREW_FLAG, target=flag, implicit_target=None))
    return out
