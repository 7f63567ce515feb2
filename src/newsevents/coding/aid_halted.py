"""Aid halted where it was being given: "the charity suspended its work in Somalia" stops aid to Somalia.
Agencies' reports name the place the aid stops, not its receiver ("paused its food operations in Gaza",
"suspended its activities in Haiti's capital"), so the stop (CAMEO 162x) would have no target, or only
its giver's own country; the place's country is the party that loses the aid. Read over the drafts of
the argument stage, beside aid delivered abroad (``coding/aid_abroad.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsevents.actors.implied import country_actor
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

AID_HALTED = declare(
    "target",
    "aid-halted-place",
    "a stop of aid with no target of another country is aimed at the country of the place where the aid "
    "is stopped",
    "The charity suspended its work in Somalia on Tuesday.",
)
# CAMEO 162: reduce or stop material aid (1621 economic, 1622 military, 1623 humanitarian).
_HALT = "162"


def halted(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with each stop of aid that names no foreign target aimed at the country of its place."""
    for d in drafts:
        own, target, place = d.source.country, d.target, d.place
        foreign = target is not None and target.country is not None and target.country != own
        if not d.code.startswith(_HALT) or foreign or place is None or place.country in (None, own):
            yield d
            continue
        yield d.step(AID_HALTED, target=country_actor(d.token.doc._.ne_actors, place.country))
