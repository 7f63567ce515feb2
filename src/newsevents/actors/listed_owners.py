"""The owners listed after an agent noun of several parties: "the embassies of Chile, the European Union
and Peru said in a joint statement ..." are three parties, each with the head's role: Chile's and Peru's
missions (CHLGOV, PERGOV) and the EU's (its own code). Without this rule the phrase's one dictionary entry
(the EU) wins it whole (``named-actor``), and the states listed beside it drop out of the statement. A
list with a person in it ("the presidents of Chile and Peru, Ana Ruiz and Luis Soto") is left to the
rules for people.
Phrase rule ``listed-owners`` (actors/phrases.py), tried before ``named-actor``; a list of countries only
is already read by ``country-modifier``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.conjunct_party import listed
from newsevents.actors.people import named_actor_of
from newsevents.records import Actor

# The role of a state's part in a list of owners whose head names none ("the missions of A, B and C"):
# a state's missions, delegations and governments speak for its government.
_STATE_BODY = "GOV"
# The prepositions that list owners, in the order tried: "the embassies OF ...", "imports FROM ...".
_OWNER_PREPOSITIONS = ("of", "from")

if TYPE_CHECKING:
    from newsevents.actors.mentions import Mention
    from newsevents.actors.phrases import Phrase


def listed_owners(p: Phrase) -> list[Actor] | None:
    """One actor per party listed in the head's "of" phrase, when the head is an agent noun (a role) or a
    plural noun that no name covers and the list names two or more parties, a dictionary entry among
    them."""
    head = p.head
    plural = head.tag_ == "NNS" and head.pos_ == "NOUN"  # ("the missions of ...": no role of their own)
    if (
        not (p.role or plural)
        or not p.named
        or not p.countries
        or any(m.start <= head.i < m.end for m in p.named)
    ):
        return None
    items = _listed(head)
    if len(items) < 2:
        return None
    if any(m.kind == "person" or (m.entry is not None and m.entry.kind == "person") for m in p.named):
        return None  # ("the presidents of Chile and Peru, Ana Ruiz and Luis Soto": the people, not a list)
    role = p.role or _STATE_BODY
    found: list[Actor] = []
    for item in items:
        actor = _party(p, item, role)
        if actor is None:
            return None  # (a listed word that names nobody: not a list of owners)
        if actor.code not in {a.code for a in found}:
            found.append(actor)
    return found if len(found) > 1 else None


def _listed(head: Token) -> list[Token]:
    """The heads of the coordinated "of" phrase on ``head`` ("the missions OF A, B and C"), else of its
    "from" phrase ("imports FROM A, B and C": the goods, envoys or troops of each), in order."""
    for way in _OWNER_PREPOSITIONS:
        prep = next((c for c in doccache.children(head) if c.dep_ == "prep" and c.lower_ == way), None)
        items = _items(prep)
        if len(items) >= 2:
            return items
    return []


def _items(prep: Token | None) -> list[Token]:
    """The coordinated objects of ``prep``, in order."""
    first = next((c for c in doccache.children(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if first is None:
        return []
    items, todo = [], [first]
    while todo:
        item = todo.pop(0)
        items.append(item)
        todo.extend(c for c in doccache.children(item) if c.dep_ == "conj" or listed(c))
    return sorted(items, key=lambda t: t.i)


def _party(p: Phrase, item: Token, role: str) -> Actor | None:
    """The party list item ``item`` names: a country (with ``role``) or a dictionary entry."""
    country = _covering(p.countries, item)
    if country is not None and country.iso3:
        return p.actor(country.iso3, role)
    named = _covering(p.named, item)
    if named is None:
        return None
    return named_actor_of(p.actors, named, [t for t in p.tokens if named.start <= t.i < named.end], [], p.day)


def _covering(mentions: list[Mention], item: Token) -> Mention | None:
    return next((m for m in mentions if m.start <= item.i < m.end), None)
