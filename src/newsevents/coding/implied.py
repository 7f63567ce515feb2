"""Parties a rule infers without a word of the text naming them: the government of a state the story is
about, as the source of an act it must have done (an envoy expelled with no expeller named, captives freed
by the state that held them). One builder, so that every such party has the same form: no ``text``, the
country's canonical name, role ``GOV`` and a code that agrees with them."""

from __future__ import annotations

from newsevents.actors.resolve import DocActors
from newsevents.records import Actor


def government_of(actors: DocActors, iso3: str) -> Actor:
    """The government of ``iso3`` as an implicit party of the article ``actors`` resolves."""
    return Actor(text="", name=actors.country_name(iso3), country=iso3, role="GOV", code=f"{iso3}GOV")
