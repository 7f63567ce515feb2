"""A place told again by a common noun stands for the place named before it (issue 10, wrong targets).

A wire names a place once and then calls it by its kind: "Israel sealed Gaza. ... Thirty trucks of flour
entered THE ENCLAVE from Jordan"; "rebels overran Kivu ... and pushed deeper into THE PROVINCE". In a
patient's or a destination's position such a noun named no state, so the target fell back to the country
the article names most (Israel: aid to the blockader, not to Gaza). The noun (coding/data/place_nouns.toml,
with "the" and no place phrase of its own) stands for the last place named before it within a few
sentences that is not a whole country (a country's name is a party of its own, not what "the enclave"
refers back to) and not the dateline's city (where the report was filed): its state.
Read first where a target head is read (``arguments``), before the actors its phrase names: the only
country in "the enclave from Jordan" is where the goods came from.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.annotations import annotation
from newsevents.coding.resources import word_sets
from newsevents.coding.roles import Head
from newsevents.records import Actor
from newsevents.where import DocPlaces

# How many sentences back (the noun's own counted) the place it refers to may have been named.
_WINDOW = 4
# Entity labels of a named place.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


@functools.lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The place nouns of coding/data/place_nouns.toml (read once a process)."""
    return word_sets("coding/data/place_nouns.toml", ("nouns",))["nouns"]


def kind_place(target: Head, places: DocPlaces) -> list[Actor]:
    """The state of the place the target head ``target`` refers back to when it is a definite place noun
    (above), as one actor, else none."""
    head = target.token
    if head.lemma_.casefold() not in _nouns() or not _bare(head):
        return []
    dateline = annotation(head.doc, "ne_dateline")
    after = max(dateline.end if dateline is not None else 0, doccache.window_start(head, _WINDOW))
    for ent in reversed(doccache.ents(head.doc)):
        if ent.label_ not in _PLACES or not after <= ent.start < head.i:
            continue
        place = places.place_of_entity(ent.root)
        if place is None or places.gazetteer.is_country(place):
            continue
        return [Actor(text=head.text, name=place.name, country=place.country, role=None, code=place.country)]
    return []


def _bare(head: Token) -> bool:
    """Whether ``head`` is "the" noun with no words that name or place it ("the enclave", not "the town
    of Badme", "its territory", "the region's capital")."""
    kids = doccache.children(head)
    if head.dep_ == "poss" or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False  # ("the region's airport": what is acted on is the airport)
    # (a "from" phrase on it is where a mover came from, as the parser often hangs it: "entered [the
    # enclave from Egypt]"; any other names the place itself: "the town of Badme", "the port in Aden")
    own = [c for c in kids if c.dep_ == "prep" and c.lower_ != "from"]
    return not own and not any(c.dep_ in ("poss", "compound", "nmod", "appos") for c in kids)
