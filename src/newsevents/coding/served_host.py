"""A mission withdrawn or ended acts on the country it served in, not on the body that ran it.

"The council ended the peacekeeping mission in Ruritania", "the bloc withdrew its monitors from
Freedonia", "closed the observer mission in Lagado": the object of the verb is the mission or its people,
whose head names the United Nations or a regional body (no country), so the target stage finds no
state. CAMEO codes the withdrawal or expulsion of peacekeepers and observers (1661, 1662) on the host:
the country the mission was placed in ("in X" on the mission or its people) or taken out of ("from X",
"out of X" on the verb). The rule only fills a target that names no country; a named one stays.

A mission or force a body provides is aimed the same way: "the Security Council approved a protection force
FOR Ruritania" (074, ``ne.council.N``) has the force, an actor of no state, for its object; the country
it serves is the target, when the provider is a body of no state (a state sending its own force has the
arguments stage's target).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["SERVED_HOST", "served_hosts"]

SERVED_HOST = declare(
    "target",
    "served-host",
    "the withdrawal, ending or expulsion of peacekeepers or observers (1661, 1662), or a force or mission a "
    "body provides (074), whose object names no state is aimed at the country the mission serves in ('in X' "
    "or 'for X' on the mission, 'from X' on the verb)",
    "The council voted to end the peacekeeping mission in Ruritania by December.",
)
# The codes of withdrawing or expelling peacekeepers and observers.
_CODES = ("1661", "1662")
# The code of peacekeeping provided (a body's force or mission approved, authorised, extended).
_PROVIDED = "074"
# Prepositions that place the mission (on its noun) or the country left (on the verb).
_ON_MISSION = frozenset({"in", "to", "for"})
_ON_VERB = frozenset({"from", "in", "of"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_OF = frozenset({"of"})


def served_hosts(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts``, each withdrawal of a mission, or mission provided by a body, with no state as target aimed
    at its host (SERVED_HOST)."""
    return [_hosted(d, actors) for d in drafts]


def _hosted(d: Draft, actors: DocActors) -> Draft:
    provided = d.code == _PROVIDED and d.source.country is None  # (a body's force: "approved a force for X")
    if not (d.code.startswith(_CODES) or provided) or d.trigger.noun:
        return d
    if d.target is not None and d.target.country is not None:
        return d
    found = _host(d.token, actors, d.source.country)
    if found is None:
        return d
    tok, iso3 = found
    host = replace(country_actor(actors, iso3), text=tok.text)
    return d.step(SERVED_HOST, target=host, implicit_target=None)


def _host(verb: Token, actors: DocActors, own: str | None) -> tuple[Token, str] | None:
    """The country placed by 'in X' on the verb's object, or by 'from X' ('out of X') on the verb."""
    places: list[Token] = []
    for c in doccache.children(verb):
        if c.dep_ in _OBJECTS:
            places.extend(_placed(c, _ON_MISSION))
            # ("renewed the mandate of the force in X": the mission is placed inside its mandate's phrase)
            places.extend(p for m in _placed(c, _OF) for p in _placed(m, _ON_MISSION))
        elif c.dep_ == "prep" and c.lower_ in _ON_VERB:
            places.extend(o for o in doccache.children(c) if o.dep_ == "pobj")
        elif c.dep_ in ("advmod", "prt") and c.lower_ == "out":
            places.extend(o for o in doccache.subtree(c) if o.dep_ == "pobj")
    for tok in places:
        iso3 = _country(actors, tok)
        if iso3 is not None and iso3 != own:
            return tok, iso3
    return None


def _placed(noun: Token, preps: frozenset[str]) -> list[Token]:
    return [
        o
        for p in doccache.children(noun)
        if p.dep_ == "prep" and p.lower_ in preps
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    ]


def _country(actors: DocActors, tok: Token) -> str | None:
    m = actors.by_token.get(tok.i)
    if m is not None and m.kind == "country" and m.iso3:
        return m.iso3
    return actors.places.get(tok.i)
