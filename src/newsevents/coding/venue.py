"""The venue of an accord or of talks is no party's home: "Peru's government and the opposition signed an
accord in Panama" is a Peruvian pair meeting abroad, not Peru dealing with a Panamanian opposition.

The actors stage places a generic party that names no country of its own ("the opposition", "rebel
leaders") by its sentence, and the only place such a sentence names is often the venue. When that party is
the target of an act of agreement or consultation held at that venue, and its source is of another
country, the party belongs to its partner's country: the corpus conventions code an event inside one
country with that country on both sides. A pure function of the parse and the actors the arguments stage
read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.forces import placed_by_context
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.where import DocPlaces

VENUE_NO_HOME = declare(
    "target",
    "venue-no-home",
    "a party of an accord or of talks that only the venue places belongs to its partner's country: the "
    "venue is no home",
    "Peru's government and the opposition signed an accord in Panama.",
)
# Roots of acts a pair does together at a venue: consultation, cooperation, agreement (not an intent,
# which one side may announce about a place: "will evacuate the settlements in Gaza").
_AGREED_ROOTS = frozenset({"04", "05", "06"})
# Roles of a state's own organs: a government met abroad is the venue's own only when the text says so.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def venue_home(
    targets: list[Actor],
    heads: list[Token],
    sources: list[Actor],
    trigger: Token,
    context: tuple[DocActors, DocPlaces, dt.date | None, str],
    steps: list[str],
) -> list[Actor]:
    """``targets`` with a non-state party at ``heads`` that its sentence placed in the country of the
    event's own venue moved to the source's country, when the code is one of agreement or consultation
    (noted in ``steps``)."""
    actors, places, day, code = context
    own = sources[0].country if sources else None
    if code[:2] not in _AGREED_ROOTS or own is None or len(targets) != 1:
        return targets
    target = targets[0]
    if target.country in (None, own) or not target.role or target.role in _STATE_ROLES:
        return targets
    # (the venue may hang from the verb a gerund or noun depends on: "signed a deal in Oslo on holding polls")
    place = next((p for t in (trigger, *trigger.ancestors) if (p := places.event_place(t)) is not None), None)
    if place is None or place.country != target.country:
        return targets
    if not any(placed_by_context(actors.rule_of(h, day)) for h in heads):
        return targets
    steps.append(VENUE_NO_HOME)
    return [replace(target, name=actors.country_name(own), country=own, code=own + target.role)]


def pair_heads(source_head: Token | None, target_head: Token | None) -> list[Token]:
    """The tokens that may head the target's phrase: the target's own head, else the conjuncts of the
    source's ("the government and THE OPPOSITION signed")."""
    if target_head is not None:
        return [target_head]
    return list(doccache.conjuncts(source_head)) if source_head is not None else []
