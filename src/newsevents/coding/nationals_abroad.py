"""An act on a state's own people abroad is aimed at the country they are in or bound for.

"Ruritania urged its citizens to leave Borduria", "advised Ruritanians to avoid travel to Borduria",
"said it would evacuate its nationals from Borduria": the object of the act is the source's own people, so
the arguments stage reads the source's own country as the target (an appeal to oneself). But such advice,
warning or evacuation is a statement about the other country, and CAMEO codes it against that country (an
appeal, a reduction of ties, a travel warning against the place). So when the target of an act is its
source's own country, read from a noun of its own people (``nationals_abroad.toml``: "citizens",
"nationals", or the source's demonym) inside the act's clause, and that people's clause names another
country where they are or are going ("to leave X", "from X", "travel to X"), the act is aimed at that
country. Only the embedded act or the preposition beside the people counts: a reason told in another
clause ("urged its citizens to stay calm after X fired a missile") leaves the appeal at home.

Read by the selection stage once a draft's target is settled (``answered.answered_party``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

NATIONALS_ABROAD = declare(
    "target",
    "nationals-abroad",
    "an act on the source's own people (its citizens, its nationals) whose clause names the country they "
    "are in or bound for ('urged its citizens to leave X') is aimed at that country",
    "Ruritania urged its citizens to leave Borduria at once.",
)
_KEYS = ("people_nouns", "place_deps", "place_preps")
# Clauses inside the people's act that tell something else (a reason, a time, another act): a country
# named there is no place where the people are ("to stay calm after X fired a missile").
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "conj", "parataxis", "relcl", "acl", "nsubj", "npadvmod"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/nationals_abroad.toml", _KEYS)


def nationals_abroad(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the country where the source's own people it acts on are or are going, when its
    target is the source's own country; else ``d`` unchanged."""
    own = d.source.country
    if own is None or not d.aimed_at_own:
        return d
    for people in _own_people(d.token, own, actors):
        where = _their_country(people, own, actors)
        if where is not None:
            return d.step(NATIONALS_ABROAD, target=country_actor(actors, where), implicit_target=None)
    return d


def _own_people(tok: Token, own: str, actors: DocActors) -> list[Token]:
    """The objects inside the clause of ``tok`` that name the people of ``own`` ("urged its citizens", a
    demonym): the people acted on, not a person described ("a Ruritanian citizen" in apposition)."""
    nouns = _words()["people_nouns"]
    demonyms = {
        m.end - 1
        for m in actors.mentions
        if m.kind == "country" and m.iso3 == own and m.country_kind == "demonym"
    }
    return [
        t
        for t in doccache.subtree(tok)
        if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")
        and (t.lemma_.casefold() in nouns or t.i in demonyms)
    ]


def _their_country(people: Token, own: str, actors: DocActors) -> str | None:
    """The first other country named where ``people`` are or are going: in the phrase of ``people``
    itself or in an embedded act or a preposition beside it on the same verb."""
    words = _words()
    verb = people.head
    inside = _within(people)
    for c in doccache.children(verb):
        if c.i == people.i or c.dep_ not in words["place_deps"]:
            continue
        if c.dep_ == "prep" and c.lower_ not in words["place_preps"]:
            continue
        inside |= _within(c)
    return first_other_country(inside, own, actors)


def first_other_country(inside: set[int], own: str, actors: DocActors) -> str | None:
    """The first country other than ``own`` named as a party at the positions ``inside`` (also read by
    ``measure_aim``, for the country a measure falls on)."""
    for m in sorted(actors.mentions, key=lambda m: m.start):
        if m.start in inside and m.kind == "country" and m.iso3 is not None and m.iso3 != own:
            if m.names_party:
                return m.iso3
    return None


def _within(tok: Token) -> set[int]:
    """The positions of ``tok``'s phrase, without the clauses inside it that tell something else."""
    found = {tok.i}
    for c in doccache.children(tok):
        if c.dep_ not in _OTHER_CLAUSES:
            found |= _within(c)
    return found
