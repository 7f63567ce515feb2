"""Organisations a state coerces at home: "Thai judges dissolved the opposition New Dawn Party", "police
raided the offices of the Daily Star". The actors stage reads an organisation its dictionary lacks as a
non-state actor with no country (but under a dateline the story is about: actors/phrases.py); but a
state's police, courts or government arresting, banning, raiding or dissolving it act inside their own
country, and the conventions code a country's parties, papers and citizens with its code (an act inside
one country has the same code on both sides). Only where the sentence names no other country: then the
organisation may be foreign, and its country is not plain.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

HOME_ORGANISATION = declare(
    "target",
    "home-organisation",
    "an unknown organisation a state coerces (arrests, bans, raids, dissolves) in a sentence that names "
    "no other country is of the state's own country",
    "Police in Minsk raided the offices of the Free Voice newspaper on Monday.",
)
# CAMEO root of coercion: the acts a state does to organisations at home.
_COERCE = "17"
# Roles of organisations the dictionary lacks (actors/phrases.py reads them as non-state actors).
_UNKNOWN_ORGANISATIONS = frozenset({"NGO"})


def placed(d: Draft, actors: DocActors, state_roles: frozenset[str]) -> Draft:
    """``d`` with its unknown-organisation target given the source's country, when the rule applies."""
    t, own = d.target, d.source.country
    if t is None or t.country is not None or t.role not in _UNKNOWN_ORGANISATIONS or own is None:
        return d
    if d.code[:2] != _COERCE or (d.source.role or "") not in state_roles or t.code != t.role:
        return d  # (a known organisation has its own code: "Amnesty International" is no one's)
    sent = d.sent
    if any(m.iso3 and m.iso3 != own and sent.start <= m.start < sent.end for m in actors.mentions):
        return d
    home = Actor(text=t.text, name=t.name, country=own, role=t.role, code=f"{own}{t.role}")
    return replace(d, target=home, steps=(*d.steps, HOME_ORGANISATION))
