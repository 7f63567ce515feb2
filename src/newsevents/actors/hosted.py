"""A civilian facility named by one state's adjective but placed in another country: "the Saudi hospital
in Nyala", "a Turkish school in Kabul". The adjective says who built or funds it; those inside it, and an
attack on it, are the host country's. The phrase rule ``hosted-facility`` of ``actors.phrases`` (before
``country-modifier``, which would make the adjective's state the party)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase
    from newsevents.actors.resolve import DocActors

__all__ = ["hosted_facility", "hosted_modifier"]

# Roles of the agent nouns that name civilian places (hospitals, schools): not an embassy, a base or a
# company, which act for or belong to the state named with them wherever they stand.
_FACILITY_ROLES = frozenset({"HLH", "EDU"})
_SINGULAR_TAGS = frozenset({"NN", "NNP"})


def hosted_facility(p: Phrase) -> list[Actor] | None:
    """The facility as the host country's ("in/from X" on its own phrase), when that differs from every
    country its words name; None otherwise."""
    role = p.role
    if not p.countries or not role or role[:3] not in _FACILITY_ROLES or p.head.tag_ not in _SINGULAR_TAGS:
        return None
    host = p.actors.placed_country(p.head)
    if host is None or host in {m.iso3 for m in p.countries}:
        return None
    return [p.actor(host, role)]


def hosted_modifier(tok: Token, actors: DocActors, day: dt.date | None) -> bool:
    """Whether ``tok`` is the adjective of a facility placed elsewhere ("Saudi" in "the Saudi hospital in
    Nyala"): a target read word by word (the last-resort object phrase) takes the facility's phrase, not
    the adjective alone."""
    return tok.dep_ in ("amod", "compound") and actors.rule_of(tok.head, day) == "hosted-facility"
