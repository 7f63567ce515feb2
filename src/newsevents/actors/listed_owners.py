"""The owners listed after an agent noun of several parties: "the embassies of Chile, the European Union
and Peru said in a joint statement ..." are three parties, each with the head's role: Chile's and Peru's
missions (CHLGOV, PERGOV) and the EU's (its own code). Without this rule the phrase's one dictionary entry
(the EU) wins it whole (``named-actor``), and the states listed beside it drop out of the statement. A
list with a person in it ("the presidents of Chile and Peru, Ana Ruiz and Luis Soto") is left to the
rules for people.
Phrase rule ``listed-owners`` (actors/phrases.py), tried before ``named-actor``; a list of countries only
is already read by ``country-modifier``.

``listed_origins`` (phrase rule ``listed-origins``) reads the places things come from the same way: "banned
imports of grain from the United States, the European Union and Norway" names three parties, each its
country (or the EU's own code), where the EU would otherwise win the phrase whole. Only a plural noun of
things takes it: people "from" several countries ("the co-chairs, from A, B and C") are one group.
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
# The preposition of owners ("the missions OF A and B") and that of origins ("imports FROM A and B").
_OF, _FROM = "of", "from"

if TYPE_CHECKING:
    from newsevents.actors.mentions import Mention
    from newsevents.actors.phrases import Phrase


def listed_owners(p: Phrase) -> list[Actor] | None:
    """One actor per party listed in the head's "of" phrase, when the head is an agent noun (a role) or a
    plural noun that no name covers and the list names two or more parties, a dictionary entry among
    them."""
    head = p.head
    plural = head.tag_ == "NNS" and head.pos_ == "NOUN"  # ("the missions of ...": no role of their own)
    if (  # (the mentions first: the role is read only for a phrase that names a country)
        not p.named
        or not p.countries
        or not (p.role or plural)
        or any(m.start <= head.i < m.end for m in p.named)
    ):
        return None
    items = _listed(head, _OF)
    if len(items) < 2:
        return None
    if any(m.kind == "person" or (m.entry is not None and m.entry.kind == "person") for m in p.named):
        return None  # ("the presidents of Chile and Peru, Ana Ruiz and Luis Soto": the people, not a list)
    return _parties(p, items, p.role or _STATE_BODY)


def listed_origins(p: Phrase) -> list[Actor] | None:
    """One actor per party listed in the "from" phrase of a plural noun of things, when the list names two
    or more parties, a dictionary entry among them: "imports from Peru, the EU and Chile"."""
    head = p.head
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or not p.named or not p.countries or p.role:
        return None
    if any(m.start <= head.i < m.end for m in p.named):
        return None
    items = _listed(head, _FROM)
    if not items or doccache.token(head.doc, items[0].head.i - 1).lower_ == ",":
        return None  # (set off by a comma it tells who they are: "the co-chairs, from A, B and C")
    return _parties(p, items, None) if len(items) >= 2 else None


def _parties(p: Phrase, items: list[Token], role: str | None) -> list[Actor] | None:
    """The party each of ``items`` names, once each, when every item names one and they are two or more."""
    found: list[Actor] = []
    for item in items:
        actor = _party(p, item, role)
        if actor is None:
            return None  # (a listed word that names nobody: not a list of owners)
        if actor.code not in {a.code for a in found}:
            found.append(actor)
    return found if len(found) > 1 else None


def _listed(head: Token, word: str) -> list[Token]:
    """The heads of the coordinated ``word`` phrase on ``head`` ("the missions OF A, B and C", "imports
    FROM A and B"), in order; the first such phrase whose object is a name ("imports of grain from A and
    B": the goods are no list of parties)."""
    preps = [c for c in doccache.children(head) if c.dep_ == "prep" and c.lower_ == word]
    objects = (c for prep in preps for c in doccache.children(prep) if c.dep_ == "pobj")
    first = next((c for c in objects if c.pos_ == "PROPN"), None)
    if first is None:
        return []
    items, todo = [], [first]
    while todo:
        item = todo.pop(0)
        items.append(item)
        todo.extend(c for c in doccache.children(item) if c.dep_ == "conj" or listed(c))
    return sorted(items, key=lambda t: t.i)


def _party(p: Phrase, item: Token, role: str | None) -> Actor | None:
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
