"""Parties a rule infers without a word of the text naming them: a country the story is about, as the
target a retreat leaves or the counterpart an appeal is aimed at, and the government of such a state, as the
source of an act it must have done (an envoy expelled with no expeller named, captives freed by the state
that held them). One builder for each, so that every such party has the same form: no ``text``, the
country's canonical name (its code when the dictionary has no name), and a code that agrees with the role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.records import Actor

if TYPE_CHECKING:  # (resolve reaches home_sides, which builds with these: a runtime import would be circular)
    from newsevents.actors.resolve import DocActors


def country_actor(actors: DocActors, iso3: str) -> Actor:
    """The country ``iso3`` as an implicit party of the article ``actors`` resolves (no role)."""
    return Actor(text="", name=actors.country_name(iso3) or iso3, country=iso3, role=None, code=iso3)


def government_of(actors: DocActors, iso3: str) -> Actor:
    """The government of ``iso3`` as an implicit party of the article ``actors`` resolves."""
    return Actor(text="", name=actors.country_name(iso3) or iso3, country=iso3, role="GOV", code=f"{iso3}GOV")
