"""A place read as the state an act is done to, when the article never names that state: a namesake.

``targets.place_actor`` reads a place in a patient's position as its state ("shelled Mosul", "the town
of Badme"). The gazetteer knows many towns by one name, and a small town of a war story often shares it
with a better known one abroad: "the port of Poti" is also a town in Brazil, "the coastal town of Palma"
one in Spain. When the state the gazetteer gives is one the article names nowhere, not by a mention of
its own nor in its dateline, while it names two or more other states, the place is more likely that
namesake than the scene, and it gives no target (the coder's fallbacks, the force counterpart and the
story's country, read the scene instead): much the check ``targets.placed_victim`` makes before moving a
victim to a place's country.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.resolve import DocActors
from newsevents.coding.targets import place_actor
from newsevents.records import Actor
from newsevents.where import DocPlaces

# How many states an article names before a place of a state it never names counts as a namesake.
_PARTIES = 2


def named_place_actor(head: Token, places: DocPlaces, actors: DocActors) -> list[Actor]:
    """``place_actor(head, places)``, or nothing when its state is one the article never names while it
    names two or more others."""
    found = place_actor(head, places)
    if not found or found[0].country is None:
        return found
    named = {m.iso3 for m in actors.mentions if m.names_party and m.iso3}
    # (a story that names one state, or none, may leave the scene's unnamed: "U.K.-led forces shelled
    # Basra"; one that names two or more parties and not the place's is told of those)
    if len(named) < _PARTIES or found[0].country in named | {actors.dateline_country, actors.home_country}:
        return found
    return []
