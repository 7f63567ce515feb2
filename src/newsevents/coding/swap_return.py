"""The other half of a prisoner swap told on one release: "Ruritania freed 40 Freedonian soldiers in
exchange for 12 prisoners", "... in return for two Ruritanians jailed in Freedonia".

A swap is two releases, one by each side (corpus/README.md: releases and exchanges are coded per party),
but the text tells the second only as what the first was given for. The freed of the second were held by
the party the first release freed people to: the holder named on them ("jailed in Freedonia", "held by
Freedonia"), else the country of the people the first release freed. The releaser of the first gets its
people back: it is the target. And the first release's freed, when they fell back to the releaser's own
country, are the other side's people (a state freeing its own prisoners gives nothing in exchange); a
release with no releaser named ("walked free in exchange for a Freedonian spy"), fallen back to the
freed's own country, was the act of the country of those given for them.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor, government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.when import role_day

__all__ = ["SWAP_HOLDER", "SWAP_RETURN", "SWAP_SIDE", "swap_returns"]

SWAP_RETURN = declare(
    "source",
    "swap-return",
    "a release 'in exchange for' or 'in return for' other people is a swap: the other side released those "
    "people (the holder named on them, else the country of the freed) to the first releaser",
    "Ruritania freed 40 Freedonian soldiers in exchange for 12 prisoners.",
)
SWAP_SIDE = declare(
    "target",
    "swap-side",
    "the freed of a release given in exchange for others, fallen back to the releaser's own country, are "
    "the other side's: the holder of those given in return",
    "Ruritania freed a detained student in exchange for 12 Ruritanians jailed in Freedonia.",
)
SWAP_HOLDER = declare(
    "source",
    "swap-holder",
    "a release with no named releaser, fallen back to the freed's own country, given in exchange for people "
    "of another country, is that country's: it held the freed",
    "The reporter walked free on Friday in exchange for a Freedonian spy.",
)
# CAMEO code of releasing persons and its kinds.
_RELEASE = "084"
# How many steps below the release the swap's noun may hang ("in the first stage of an exchange for").
_MAX_DEPTH = 4
# The prepositions of the holder on a participle of custody ("jailed IN X", "held BY X").
_CUSTODY_PREPS = frozenset({"in", "by"})
# Entity types that say the phrase given in return names people ("Viktor Bout", "25 Egyptians").
_PEOPLE_ENTS = frozenset({"PERSON", "NORP"})
# The step of a source the text names as the releasing verb's subject (no fallback to correct).
_SUBJECT = "source:subject"


def swap_returns(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each release given in exchange for other people followed by the other side's
    release, unless a release by that side to the first releaser is already drafted."""
    out: list[Draft] = []
    for d in drafts:
        own = d.source.country
        given = _given_for(d.token) if d.code.startswith(_RELEASE) and own else None
        if given is None or own is None or not _people(given):
            out.append(d)
            continue
        day = role_day(d.when)
        holder = _holder(given, actors, day)
        freed = d.target.country if d.target is not None else None
        kin = _nationality(given, actors, day)
        if holder is None and freed == own and kin not in (None, own) and _SUBJECT not in d.steps:
            # ("the reporter walked free in exchange for a Freedonian spy": the release fell back to the
            # freed's own country, but those given for them are the other side's, and it held the freed)
            d = d.step(SWAP_HOLDER, source=government_of(actors, kin))
            own, holder = kin, freed
        elif holder is not None and freed == own:
            d = d.step(SWAP_SIDE, target=country_actor(actors, holder))
            freed = holder
        out.append(d)
        other = holder or freed
        if other is None or other == own or _drafted(drafts, other, own):
            continue
        back = d.step(SWAP_RETURN, source=government_of(actors, other), target=country_actor(actors, own))
        out.append(back)
    return out


def _given_for(release: Token) -> Token | None:
    """The people a release was given for: the object of "for" on a swap noun in a phrase of "in" on it,
    or on the verb a word of freedom completes ("walked free in a swap for")."""
    verbs = [release] if release.pos_ in ("VERB", "NOUN") else [release, release.head]
    todo = [(c, 1) for v in verbs for c in doccache.children(v) if c.dep_ == "prep" and c.lower_ == "in"]
    while todo:
        tok, depth = todo.pop()
        if tok.lemma_.casefold() in lexicon().swap_nouns:
            for prep in doccache.children(tok):
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    objects = [o for o in doccache.children(prep) if o.dep_ == "pobj"]
                    if objects:
                        return objects[0]
        if depth < _MAX_DEPTH:
            todo.extend((c, depth + 1) for c in doccache.children(tok) if c.dep_ in ("pobj", "prep"))
    return None


def _holder(given: Token, actors: DocActors, day: dt.date | None) -> str | None:
    """The country that holds the people given in return, as their phrase names it: "jailed in X"."""
    for tok in doccache.subtree(given):
        if tok.lemma_.casefold() not in lexicon().swap_custody_verbs:
            continue
        for prep in doccache.children(tok):
            if prep.dep_ != "prep" or prep.lower_ not in _CUSTODY_PREPS:
                continue
            for obj in doccache.children(prep):
                iso3 = actors.places.get(obj.i)
                if iso3 is None:
                    actor = actors.resolve(obj, day)
                    iso3 = actor.country if actor is not None else None
                if iso3:
                    return iso3
    return None


def _people(given: Token) -> bool:
    """Whether the phrase given in return names people: a person's or a people's name, or a word for people
    ("prisoners", "fishermen"), not a thing ("in return for the lifting of sanctions")."""
    words = lexicon()
    noun = given.lemma_.casefold()
    if noun in words.person_nouns or noun in words.swapped_nouns:
        return True
    return given.ent_type_ in _PEOPLE_ENTS or any(
        c.ent_type_ in _PEOPLE_ENTS for c in doccache.children(given) if c.dep_ in ("compound", "amod")
    )


def _nationality(given: Token, actors: DocActors, day: dt.date | None) -> str | None:
    """The country of the people given in return, as their own words name it ("a Freedonian spy")."""
    actor = actors.resolve(given, day)
    return actor.country if actor is not None else None


def _drafted(drafts: list[Draft], source: str, target: str) -> bool:
    """Whether a release by ``source`` to ``target`` is drafted already."""
    return any(
        d.code.startswith(_RELEASE)
        and d.source.country == source
        and d.target is not None
        and d.target.country == target
        for d in drafts
    )
