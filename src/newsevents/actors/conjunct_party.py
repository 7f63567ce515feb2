"""A generic agent coordinated after a phrase that names its party: "NATO warplanes and cruise missiles
struck targets across Yugoslavia" (NATO's missiles, not Yugoslavia's). Without this rule the second
conjunct, which names nobody, takes the country its sentence or the dateline places it in: the place
attacked, or the city the report was filed from. Phrase rule ``conjunct-party`` (actors/phrases.py),
tried before ``agent-in-context``.

Also ``listed``: a list of countries the parser reads as an apposition. "Colombia, Brazil and Canada
recognised him" parses "Brazil" as an apposition of "Colombia" (and "Canada" as Brazil's conjunct). An
apposition usually describes its head ("Peru, a founding member of the bloc"), so make_phrase sets its words
aside; a country name in apposition to a country name, itself followed by a coordinated one, is the next
item of the list, and make_phrase keeps it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

# Code prefixes of the organisations a conjunct may share ("NATO warplanes and helicopters").
_ORG_PREFIXES = ("IGO", "NGO")
# The rules by which the first conjunct names its party in its own words: a party that conjunct only
# takes from its sentence ("tanks and warplanes" near "Ecuador's") is no party to share.
_OWN_WORDS_RULES = frozenset({"named-actor", "country-modifier", "organisation"})


def conjunct_party(p: Phrase) -> list[Actor] | None:
    """The party of the first conjunct when ``p`` is a later conjunct of the same role ("warplanes and
    missiles") naming no party of its own and the first names exactly one, a state or an organisation."""
    head = p.head
    if head.dep_ != "conj" or p.countries or p.named or p.orgs or not p.role:
        return None
    first = head.head
    while first.dep_ == "conj":
        first = first.head
    if first.pos_ not in ("NOUN", "PROPN") or p.actors.resolver.agent_role(first) != p.role:
        return None
    found = p.actors._resolve_phrase(first, p.day)
    if len(found) != 1 or p.actors.rule_of(first, p.day) not in _OWN_WORDS_RULES:
        return None
    party = found[0]
    if party.country:
        return [p.actor(party.country, p.role)]
    if not (party.code or "").startswith(_ORG_PREFIXES):
        return None
    return [Actor(text=p.text, name=party.name, country=None, role=party.role, code=party.code)]


# Entity labels of a country's (or a state's) name.
_COUNTRY_LABELS = frozenset({"GPE"})


def listed(appos: Token) -> bool:
    """Whether the apposition ``appos`` is the middle of a list of countries: "A, B and C"."""
    if appos.dep_ != "appos" or {appos.head.ent_type_, appos.ent_type_} - _COUNTRY_LABELS:
        return False
    kids = doccache.children(appos)
    return any(c.dep_ == "cc" for c in kids) and any(
        c.dep_ == "conj" and c.ent_type_ in _COUNTRY_LABELS for c in kids
    )
