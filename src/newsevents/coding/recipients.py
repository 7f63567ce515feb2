"""The recipient of aid that names none: "BEIRUT - Oman flew in field hospitals" is aid to Lebanon, the
country the story is set in, not to whichever other country the article names most (the French whose
planes landed in the sentence before). Read by ``targets.implicit_country`` when the act has no place."""

from __future__ import annotations

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

AID_SCENE = declare(
    "target",
    "aid-scene",
    "material aid given or offered that names no recipient and no place goes to the country the story is "
    "set in, when that is not the giver's own",
    "ANKARA - Japan and Korea have flown in rescue teams and tents.",
)
# Codes of aid given (root 07, 070-075) and of aid offered or pledged (033x, intent to provide material aid:
# "stood ready to help", "would send doctors").
_AID_CODES = ("07", "033")


def aid_scene(d: Draft, actors: DocActors) -> str | None:
    """The story's country for aid given or offered in ``d`` by another country, else None."""
    if not d.code.startswith(_AID_CODES):
        return None
    home = actors.story_country
    if home is None or home == d.source.country or d.source.country is None:
        return None
    return home
