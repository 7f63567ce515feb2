"""A town named as the modifier of a site: "detained at a MOSCOW airport", "held in a TEHRAN prison".

The place phrase's head is a common noun (airport, prison, hotel, court) that names no place, and the
whole phrase ("a Moscow airport") is no gazetteer name, so without this the event has no place, and an
agentless arrest is put in the story's dateline country (a report filed from Washington about an arrest
in Moscow would be a US arrest). The proper nouns right before the site noun name its town. A country so
named is left alone: "at the U.S. embassy" is a site of one country in another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsevents.where import Gazetteer

__all__ = ["site_town"]


def site_town(pobj: Token, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The name of the town (not a country) the proper nouns before the common noun ``pobj`` name, as a
    one-item tuple, else an empty one."""
    if pobj.pos_ != "NOUN":
        return ()
    start = pobj.i
    while (
        start > pobj.sent.start
        and pobj.doc[start - 1].pos_ == "PROPN"
        and pobj.is_ancestor(pobj.doc[start - 1])
    ):
        start -= 1
    if start == pobj.i:
        return ()
    name = pobj.doc[start : pobj.i].text
    place = gazetteer.lookup(name)
    return (name,) if place is not None and not gazetteer.is_country(place) else ()
