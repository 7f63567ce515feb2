"""The state "the country" refers back to: the last one named as a party, not an adjective on a thing.

"Fiji will shut the Chinese-built port, the premier said, a day after the country's Supreme Court ordered
it closed": the court is Fiji's. The last country named before "the country" is the adjective of the port,
which names who built a thing, not a state the story speaks of; "the country" (and "the nation") take up
a state named by its name, its capital, or by the adjective of one of its bodies ("Chinese troops", "the
Peruvian government"). With no such state named before, the last country named still decides, as before.
Read by ``coref.coref_country`` for "the" + a country noun (rule coreferent-country, and through it the
owner of "the country's parliament", rule agent-in-context).

A place named only as where a group gathered ("Leaders of the bloc, at a summit in Accra, condemned the
junta": ``actors/venue.py``) is no state the story speaks of: "the junta" after it is not the host's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.ethnic_kin import ethnic_kin
from newsevents.actors.mentions import Mention
from newsevents.actors.venue import venue_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.actors.resolve import DocActors

__all__ = ["last_country_before", "referred_state"]

# The nouns that stand for a whole state (not its rulers: "the government", "the regime" keep the older
# reading, the country last named, since a report names a government by its adjective as often as not).
_STATE_NOUNS = frozenset({"country", "nation"})
# How a country mention names a state as such: by its name, an alias or its capital ("Beijing said").
_NAMED = frozenset({"name", "alias", "capital"})
# Dependencies that join an adjective to the noun it describes, through compounds ("Chinese fishing crews").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def last_country_before(actors: DocActors, index: int) -> str | None:
    """The country last named before token ``index``, not as a gathering's venue."""
    venues = venue_tokens(actors.doc)
    return next(
        (
            m.iso3
            for m in reversed(actors.mentions)
            if m.start < index
            and m.kind == "country"
            and m.iso3
            and not ethnic_kin(actors.doc, m.start)
            and m.start not in venues
        ),
        None,  # ("the ethnic Albanian parties ... the government": no Albanian government is named)
    )


def referred_state(actors: DocActors, head: Token) -> str | None:
    """The state "the country" at ``head`` refers back to: the last one named as a party before it, else
    the last country named at all."""
    if head.lower_ in _STATE_NOUNS:
        venues = venue_tokens(actors.doc)
        for m in reversed(actors.mentions):
            named = m.start < head.i and m.kind == "country" and m.iso3 and m.start not in venues
            if named and _names_state(actors, m):
                return m.iso3
    return last_country_before(actors, head.i)


def _names_state(actors: DocActors, m: Mention) -> bool:
    """Whether the country mention ``m`` names a state: by name, alias or capital, or as the adjective of
    one of its agents ("Chinese troops"), not of a thing ("a Chinese-built port") nor of a kin group."""
    if ethnic_kin(actors.doc, m.start):
        return False
    if m.country_kind in _NAMED:
        return True
    noun = actors.doc[m.end - 1]
    while noun.dep_ in _MODIFIER_DEPS and noun.head.i != noun.i and noun.head.i > noun.i:
        noun = noun.head
    return noun.i >= m.end and actors.resolver.agent_role(noun) is not None
