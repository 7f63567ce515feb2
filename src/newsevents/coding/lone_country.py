"""The target of an act that needs a counterpart, names none, in a story that names no country but its
source's: that country itself.

``targets.implicit_country`` aims such an act ("the opposition leader called the move cosmetic") at the
other country the article is about. When the article names no other country there is nobody else for it
to be aimed at: the act is a domestic one, and the corpus conventions code an event inside one country
with the same country on both sides (corpus/README.md), not with no target.
"""

from __future__ import annotations

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

LONE_COUNTRY = declare(
    "target",
    "lone-country",
    "an act that needs a counterpart and names none, in an article that names no other country than its "
    "source's, is aimed at its source's own country",
    "DHAKA - The opposition leader said the new election law was a fraud and urged voters to stay home.",
)


def lone_country(d: Draft, actors: DocActors, own: str | None) -> tuple[str | None, str | None]:
    """The source's own country ``own`` and this rule for ``d`` when the story is filed from there
    (``DocActors.home_country``, its dateline's); else none (an international body or an unplaced group
    has no country, and a bare report may be about an act abroad it does not name)."""
    if own is None or actors.home_country != own:
        return None, None
    return own, LONE_COUNTRY
