"""Aid delivered abroad by the giver's own people: "a brigade of Cuban doctors landed in Lima to help
hospitals" is Cuba's aid to Peru. The only party the clause names is the giver's own (its doctors, its
planes, its rescuers), which the arguments stage reads as the target, so the aid reads as a domestic act;
the place it is delivered in names the receiving country. Read over the drafts of the argument stage
(``coding/companions.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from newsevents.actors.implied import country_actor
from newsevents.coding.recipients import aid_scene
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

AID_ABROAD = declare(
    "target",
    "aid-abroad",
    "aid whose only target is its giver's own country and that is delivered at a place in another "
    "country goes to that country",
    "A brigade of 40 Cuban doctors landed in Lima on Monday to help the city's hospitals.",
)
# The root of aid (CAMEO 07: economic, military, humanitarian aid, asylum, peacekeepers).
_AID_ROOT = "07"


def abroad(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with aid aimed at its giver's own country moved to the country it is delivered in,
    else (no place named) to the country the story is set in (``recipients.aid_scene``)."""
    for d in drafts:
        own, target = d.source.country, d.target
        if not d.code.startswith(_AID_ROOT) or own is None or target is None or target.country != own:
            yield d
            continue
        actors = d.token.doc._.ne_actors
        iso3 = d.place.country if d.place is not None else aid_scene(d, actors)
        if iso3 is None or iso3 == own:
            yield d
            continue
        moved = replace(country_actor(actors, iso3), text=target.text)
        yield d.step(AID_ABROAD, target=moved)
