"""The two parties of the last two-party event told before a pair phrase: "Ruritania and Freedonia met in
Geneva on Monday. ... The two sides agreed to reopen the border" are the two that met.

``pairs.pair`` reads "the two sides", "both countries", "the two leaders" from the parties named before
it. Named mentions alone often pick the wrong two: the broker or host of the talks, a state that spoke of
the war, the venue's country, a third party named in between ("Egypt's president urged Saddam to pull
back ... talks between the two neighbours"). The pair a story goes on about is usually the pair of its last
meeting, agreement or fight, whose parties the arguments stage has already read from its own clause. That
stage notes them, sentence by sentence, in ``doc._.ne_sides`` (``coding/pair_events.py``: which
events count and which of their parties are read, not guessed); this module reads the note for the
sentences before the phrase's own. A pure reader: a Doc without the note (the actors stage run alone, or
a phrase read before the arguments stage) gives no pair, and the named mentions decide as before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.group_mentions import NON_STATE_SIDES
from newsevents.actors.words import packaged_words
from newsevents.annotations import annotation
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["PairEvent", "event_sides", "of_states"]

# The role of a state that acts as itself ("Peru protested"): its government.
_STATE = "GOV"
# Roles of a noun for people that names no office ("the two men"): no role for a state's side.
_PEOPLE_ROLES = frozenset({"PPL", "CVL"})
_WORDS = packaged_words()


@dataclass(frozen=True, slots=True)
class PairEvent:
    """A two-party event the arguments stage drafted: its trigger's token and its two parties, in the
    order the text gave them (source, then target)."""

    token: int
    sides: tuple[Actor, Actor]


def event_sides(actors: DocActors, head: Token, day: dt.date | None, speaker: set[int]) -> list[Actor]:
    """The parties of the last two-party event in the sentences before ``head``'s own, neither of them
    the country of the phrase's speaker ("Russia urged both sides" after a clash of Russian troops is no
    appeal to Russia); in the role the pair's own noun names ("the two foreign ministers" of two armies
    that fought are the two governments). None when no such event is noted."""
    noted: list[PairEvent] | None = annotation(head.doc, "ne_sides")
    if not noted:
        return []
    # (any sentence before: a story's talks or war are often told paragraphs before the sides' next act)
    start = doccache.window_start(head, 1)
    said = [m for m in actors.mentions if m.start in speaker]
    spoken = {a.country for m in said for a in actors.resolve_phrase(actors.doc[m.end - 1], day) if a.country}
    # (a noun of states, "both governments", "the two countries", is no rebel force and its state: that
    # pair is a side's, "both sides", "the two parties", or two leaders')
    states = of_states(head)
    for event in reversed(noted):
        if event.token >= start:
            continue
        if any(side.country in spoken for side in event.sides):
            continue
        if states and (event.sides[0].country == event.sides[1].country or _non_state(event.sides)):
            continue
        return _in_role(actors, head, list(event.sides))
    return []


def of_states(head: Token) -> bool:
    """Whether a pair's noun names two states ("both governments", "the two countries"), not two sides
    or two people: a bloc, an international body or a rebel force is none of that pair."""
    noun = head.lemma_.casefold()
    return noun not in _WORDS.pair_sides and noun not in _WORDS.pair_people


def _non_state(sides: tuple[Actor, Actor]) -> bool:
    return any(a.role in NON_STATE_SIDES for a in sides)


def _in_role(actors: DocActors, head: Token, sides: list[Actor]) -> list[Actor]:
    """The two sides in the role the phrase's noun names ("the two foreign ministers" of two armies that
    fought are the two governments), else as the states that act, their governments ("the two sides",
    "both countries" of two armies that fought), as a state named alone is; a rebel force or an
    opposition keeps its own, and so does a person ("the two men" who met are those two)."""
    role = actors.resolver.agent_role(head)
    role = _STATE if role is None or role in _PEOPLE_ROLES else role
    return [a.with_role(role) if _state(actors, a) else a for a in sides]


def _state(actors: DocActors, a: Actor) -> bool:
    """Whether a party is a state acting as such (not a person, a rebel force or an opposition)."""
    country = a.country
    return country is not None and a.role not in NON_STATE_SIDES and a.name == actors.country_name(country)
