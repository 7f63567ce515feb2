"""A generic agent coordinated after a phrase that names its party: "NATO warplanes and cruise missiles
struck targets across Yugoslavia" (NATO's missiles, not Yugoslavia's). Without this rule the second
conjunct, which names nobody, takes the country its sentence or the dateline places it in: the place
attacked, or the city the report was filed from. Phrase rule ``conjunct-party`` (actors/phrases.py),
tried before ``agent-in-context``.

Also ``listed``: a list of countries the parser reads as an apposition. "Colombia, Brazil and Canada
recognised him" parses "Brazil" as an apposition of "Colombia" (and "Canada" as Brazil's conjunct). An
apposition usually describes its head ("Peru, a founding member of the bloc"), so make_phrase sets its words
aside; a country name in apposition to a country name, itself followed by a coordinated one, is the next
item of the list, and make_phrase keeps it.

A bare agent right after "ADJ NOUN and", NOUN a thing of no role, shares its country adjective: in
"rioters attacked French homes and schools in Abidjan" the schools are French, not Ivorian by the place
the sentence names (the adjective's scope over a tight pair of nouns, ``shared_adjective``)."""

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
    missiles"), or a bare one right after a thing's ("French homes and schools"), naming no party of its
    own and the first names exactly one, a state or an organisation."""
    head = p.head
    if head.dep_ != "conj" or p.countries or p.named or p.orgs or not p.role:
        return None
    first = head.head
    while first.dep_ == "conj":
        first = first.head
    if first.pos_ not in ("NOUN", "PROPN"):
        return None
    # (a first noun of another role is another party: "Russian troops and rebels", "Kenyan police and
    # protesters"; a first noun of none, a thing, shares its adjective: "French homes and schools")
    first_role = p.actors.resolver.agent_role(first)
    if first_role != p.role and (first_role is not None or not shared_adjective(head)):
        return None
    found = p.actors.resolve_phrase(first, p.day)
    if len(found) != 1 or p.actors.rule_of(first, p.day) not in _OWN_WORDS_RULES:
        return None
    party = found[0]
    if party.country:
        return [p.actor(party.country, p.role)]
    if not (party.code or "").startswith(_ORG_PREFIXES):
        return None
    return [Actor(text=p.text, name=party.name, country=None, role=party.role, code=party.code)]


# The dependencies of a modifier that may name the first noun's country ("French homes", "Serbian
# Orthodox churches").
_ADJECTIVE_DEPS = frozenset({"amod", "compound", "nmod"})


def shared_adjective(head: Token) -> bool:
    """Whether ``head`` is a bare common noun coordinated right after a modified one, "ADJ NOUN and
    HEAD", so that the modifier's scope may take it in: no words of its own before it, only "and"/"or"
    between, and the first noun modified before it."""
    first = head.head
    if head.pos_ != "NOUN" or first.pos_ != "NOUN" or head.i != first.i + 2:
        return False
    if head.doc[first.i + 1].dep_ != "cc" or any(c.i < head.i for c in doccache.children(head)):
        return False
    return any(c.dep_ in _ADJECTIVE_DEPS and c.i < first.i for c in doccache.children(first))


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
