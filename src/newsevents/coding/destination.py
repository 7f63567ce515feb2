"""A deployment aimed at the foreign country its forces are sent to: "ordered troops to Oman", "sent a
battalion into Chad", "marines landed in Freetown".

Force posture (CAMEO 15: troops deployed, warships sent, forces massed, or the threat or pledge of it) is
coded on the party it is shown to. Where the clause names the place the forces go to or land in, and that
place lies in another country than the sender's, that country is the one the move is about: the host
whose ground the troops stand on, whether it asked for them or faces them. The stages before fall back on
weaker evidence for such a move (a country named elsewhere in the sentence, a co-actor, the story's rival),
so the named destination decides. A destination at home ("sent troops to the border") or in no known
country leaves the target as it was, and so does a target already in the destination's country.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

DEPLOYED_TO = declare(
    "target",
    "deployed-to",
    "a deployment or other show of force whose clause names the foreign place its forces go to or land in "
    "('sent troops to X', 'landed in X') is aimed at that place's country",
    "Ruritania ordered two brigades to Freedonia on Monday, citing a threat to its nationals there.",
)
_FILE = "coding/data/destination.toml"


@dataclass(frozen=True, slots=True)
class DestinationWords:
    """``coding/data/destination.toml``."""

    destination_prepositions: frozenset[str]
    linking_prepositions: frozenset[str]
    codes: frozenset[str]
    announced_roots: frozenset[str]
    sending_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def destination_words() -> DestinationWords:
    """The words of ``destination.toml``, checked: every key present, a list of words."""
    return word_table(DestinationWords, _FILE)


@functools.lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(deployment codes, announced roots) as prefixes for ``str.startswith``."""
    words = destination_words()
    return tuple(sorted(words.codes)), tuple(sorted(words.announced_roots))


def posture_draft(d: Draft) -> bool:
    """Whether ``d`` moves forces somewhere: a deployment code, or the threat or pledge of one."""
    codes, announced = _prefixes()
    pattern = d.trigger.pattern.code
    return d.code.startswith(codes) or (d.code.startswith(announced) and pattern.startswith(codes))


def _destinations(verb: Token) -> list[Token]:
    """The objects of the destination phrases on ``verb`` or on its direct object ("sent troops TO X",
    "troops TO X were ordered"), each with the places its own linking phrases name ("into the buffer
    zone ON the Golan Heights")."""
    words = destination_words()
    dest_preps, links = words.destination_prepositions, words.linking_prepositions
    heads = [verb, *(c for c in doccache.children(verb) if c.dep_ in ("dobj", "nsubjpass"))]
    found: list[Token] = []
    for head in heads:
        for prep in doccache.children(head):
            if prep.dep_ != "prep" or prep.lower_ not in dest_preps:
                continue
            for pobj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
                found.append(pobj)
                inner = [p for p in doccache.children(pobj) if p.dep_ == "prep" and p.lower_ in links]
                found.extend(o for p in inner for o in doccache.children(p) if o.dep_ == "pobj")
    return found


def _destination_country(d: Draft) -> tuple[Token, str] | None:
    """The first destination of ``d``'s trigger that names a place in a known country."""
    places = d.token.doc._.ne_places
    for pobj in _destinations(d.token):
        place = places.known_place(pobj)
        if place is not None and place.country:
            return pobj, place.country
    return None


def aimed_at_destination(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the foreign country its forces are sent to, when its clause names one."""
    own = d.source.country
    if own is None or d.trigger.noun or not posture_draft(d):
        return d
    found = _destination_country(d)
    if found is None:
        return d
    noun, iso3 = found
    target = d.aimed
    if iso3 == own or (target is not None and target.country == iso3):
        return d
    actor = replace(country_actor(actors, iso3), text=noun.text)
    if d.target is None:
        return d.step(DEPLOYED_TO, target=actor, implicit_target=None)
    return d.step(DEPLOYED_TO, target=actor)
