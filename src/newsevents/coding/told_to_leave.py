"""A state telling its own people to leave a foreign country acts on that country, not on its people.

"Ordered its embassy staff in X to leave", "urged all its nationals in X to depart within 48 hours",
"warned its citizens not to travel to X", "began evacuating its diplomats": the object of the telling verb
is the state's own diplomats, staff or citizens, so the target stage reads the state itself (or, for an
order, its pattern reads an expulsion, 174). The act is about the country left: a drawdown of an embassy
or an advisory against a country reduces relations with it (the corpus codes these 16, with 02 accepted
for advice, on the country left). The place comes from the clause: the object of the leaving verb
("leave X"), its "from/to" phrase, or the "in X" on the people. An appeal keeps its code and only its
target moves; any other code becomes 160. With no foreign place named, nothing changes, and people the
text gives another state's nationality ("ordered Freedonian diplomats to leave") are an expulsion, which
other rules code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.nationals_abroad import NATIONALS_ABROAD
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["TOLD_TO_LEAVE", "LEFT_ALIKE", "own_people_leave", "all_leave"]

TOLD_TO_LEAVE = declare(
    "code",
    "told-to-leave",
    "a state ordering, urging or warning its own staff or citizens to leave a foreign country, or not to "
    "travel there, or evacuating them, reduces relations with that country (16; an appeal stays 02), "
    "aimed at it rather than at its own people",
    "Ruritania ordered its embassy staff in Freedonia to leave and urged all its citizens there to depart.",
)
LEFT_ALIKE = declare(
    "target",
    "left-alike",
    "a state telling its own people to leave, with no place named, is aimed at the country the story's "
    "earlier departure was from ('Freedonia and Borduria also told their citizens to leave')",
    "Ruritania urged its citizens to leave Freedonia. Borduria also told its citizens to leave.",
)
_FILE = "coding/data/told_to_leave.toml"


@dataclass(frozen=True, slots=True)
class LeaveWords:
    """``coding/data/told_to_leave.toml``."""

    people: frozenset[str]
    telling: frozenset[str]
    leaving: frozenset[str]
    going: frozenset[str]
    evacuating: frozenset[str]
    places: frozenset[str]
    own: frozenset[str]
    code: frozenset[str]
    kept_root: frozenset[str]


@functools.lru_cache(maxsize=1)
def leave_words() -> LeaveWords:
    """The words of ``told_to_leave.toml``, checked: every key present, a list of words."""
    return word_table(LeaveWords, _FILE)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in doccache.children(tok))


def _departure(verb: Token) -> Token | None:
    """The infinitive of leaving on a telling verb ("urged them TO LEAVE", "warned them NOT TO TRAVEL")."""
    words = leave_words()
    for x in doccache.children(verb):
        if x.dep_ not in ("xcomp", "ccomp", "advcl"):
            continue
        if x.lemma_ in words.leaving or (x.lemma_ in words.going and _negated(x)):
            return x
    return None


def _people(verb: Token, leaving: Token, own: str, actors: DocActors) -> Token | None:
    """The people told to leave, when they are the state ``own``'s: the object of ``verb`` (or the
    subject of its infinitive, as some parses give "told them to leave"), a people word with an own
    possessive ("its staff") or one the actor stage gives ``own``'s country ("all Freedonians")."""
    words = leave_words()
    objects = [c for c in doccache.children(verb) if c.dep_ == "dobj"]
    if leaving.i != verb.i:
        objects.extend(c for c in doccache.children(leaving) if c.dep_ == "nsubj")
    # ("most of its staff", "half of its diplomats": the people are the object of the quantity's "of")
    objects.extend(
        o
        for obj in list(objects)
        for p in doccache.children(obj)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    )
    for obj in objects:
        owners = [c for c in doccache.subtree(obj) if c.i < obj.i and c.dep_ in ("poss", "amod", "compound")]
        if obj.lemma_.lower() in words.people and any(c.lower_ in words.own for c in owners):
            return obj
        if any(_country(actors, c) == own for c in [obj, *owners]):
            return obj
    return None


def _country(actors: DocActors, tok: Token) -> str | None:
    m = actors.by_token.get(tok.i)
    if m is not None and m.kind == "country" and m.iso3:
        return m.iso3
    return actors.places.get(tok.i)


def _place(heads: list[Token], actors: DocActors, own: str) -> tuple[Token, str] | None:
    """The first foreign country named as the place left: an object of a leaving verb ("leave X"), or
    the object of a placing preposition on one of ``heads``."""
    preps = leave_words().places
    for head in heads:
        for c in doccache.children(head):
            found: list[Token] = []
            if c.dep_ == "dobj" and head.dep_ != "ROOT" and head.lemma_ in leave_words().leaving:
                found.append(c)
            if c.dep_ == "prep" and c.lower_ in preps:
                found.extend(o for o in doccache.subtree(c) if o.dep_ == "pobj")
            if c.dep_ == "advmod" and c.lower_ == "out":  # ("pull its diplomats out of X")
                found.extend(o for o in doccache.subtree(c) if o.dep_ == "pobj")
            for tok in found:
                iso3 = _country(actors, tok)
                if iso3 and iso3 != own:
                    return tok, iso3
    return None


def all_leave(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` (in text order) each passed through ``own_people_leave``, with the country the last
    departure before it was from: a later telling that names no place ("Borduria also told its citizens
    to leave") leaves the same country, not the people's own or a co-subject's."""
    out: list[Draft] = []
    left: Actor | None = None
    for d in drafts:
        d = own_people_leave(d, actors, left)
        if d.target is not None and (TOLD_TO_LEAVE in d.steps or NATIONALS_ABROAD in d.steps):
            left = d.target
        out.append(d)
    return out


def own_people_leave(d: Draft, actors: DocActors, left: Actor | None = None) -> Draft:
    """``d`` recoded and aimed at the country left when it tells or takes its source's own people out;
    ``left`` is the country of an earlier departure in the text, for a telling that names none."""
    own = d.source.country
    verb = d.token
    if own is None or d.trigger.noun:
        return d
    words = leave_words()
    if verb.lemma_ in words.telling:
        leaving = _departure(verb)
        if leaving is None:
            return d
        people = _people(verb, leaving, own, actors)
    elif verb.lemma_ in words.evacuating:
        leaving, people = verb, _people(verb, verb, own, actors)
    else:
        return d
    if people is None:
        return d
    found = _place([leaving, people, verb], actors, own)
    target = d.aimed
    kept = d.code[:2] in words.kept_root or d.code[:2] == min(words.code)[:2]  # (an appeal; a recall)
    code = d.code if kept else min(words.code)
    if found is None and left is not None and left.country != own and verb.lemma_ in words.telling:
        return d.step(LEFT_ALIKE, code=code, target=left, implicit_target=None)
    if found is None:
        if target is None or target.country in (None, own):
            return d
        actor = target
    else:
        actor = replace(country_actor(actors, found[1]), text=found[0].text)
    if code == d.code and target is not None and target.country == actor.country:
        return d
    return d.step(TOLD_TO_LEAVE, code=code, target=actor, implicit_target=None)
