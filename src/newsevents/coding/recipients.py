"""The recipient of aid that names none: "BEIRUT - Oman flew in field hospitals" is aid to Lebanon, the
country the story is set in, not to whichever other country the article names most (the French whose
planes landed in the sentence before). Read by ``targets.implicit_country`` when the act has no place.
An inquiry's finding that sets the deed it found somewhere ("VIENNA - inspectors confirmed that the site
near Isfahan was dismantled") is aimed at that place's country, not at the dateline's."""

from __future__ import annotations

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.actors.sections import section_home
from newsevents.annotations import annotation
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

AID_SCENE = declare(
    "target",
    "aid-scene",
    "material aid given or offered, or an inquiry, that names no recipient and no place goes to the "
    "country the story is set in, when that is not the giver's own",
    "ANKARA - Japan and Korea have flown in rescue teams and tents.",
)
# Codes of aid given (root 07, 070-075) and of aid offered or pledged (033x, intent to provide material aid:
# "stood ready to help", "would send doctors").
# An inquiry (09) by a foreign or international body that names nothing investigated is into the story's
# country's affairs too ("a team sent by the WHO arrived to investigate the outbreak").
_INQUIRY = "09"
# Forces offered (0312, coding/offered_force.py: "would send 300 soldiers") are military aid offered: with no
# recipient named they go where the story is set, like the helicopters and boats of a flood story.
_AID_CODES = ("07", "033", "0312", _INQUIRY)


def aid_scene(d: Draft, actors: DocActors) -> str | None:
    """The story's country (its digest section's, in a digest) for aid given or offered, or an inquiry
    made, in ``d`` by another country or an international body, else None."""
    if not d.code.startswith(_AID_CODES):
        return None
    # (a digest's section is a story of its own, set where its dateline is: "MANILA - Australia has sent
    # two planes to help" in a digest of the week's news is aid to the Philippines, not to the digest's)
    found = _found_place(d) if d.code.startswith(_INQUIRY) else None
    home = found or section_home(actors, d.token) or actors.story_country
    if home is None or home == d.source.country:
        return None
    # (aid by an international body is often carried across a border: "a UN convoy crossed from Turkey
    # into Syria" is no aid to the story's Turkey, so only a state's aid, and any inquiry, is placed)
    return home if d.source.country is not None or d.code.startswith(_INQUIRY) else None


def _found_place(d: Draft) -> str | None:
    """The country where the clause an inquiry's finding states sets its deed ("inspectors confirmed
    that sarin was used near Aleppo"), not the dateline's city the finding was announced in."""
    places = annotation(d.token.doc, "ne_places")
    for clause in (c for c in doccache.children(d.token) if c.dep_ == "ccomp"):
        place = places.event_place(clause)
        if place is not None and place.country:
            return str(place.country)
        # (a place told in a phrase the gazetteer does not read as one: "in the area outside Aleppo")
        for ent in (e for e in doccache.ents(d.token.doc) if e.label_ == "GPE" and e.root.head.i != e.root.i):
            if clause.left_edge.i <= ent.start and ent.end <= clause.right_edge.i + 1:
                found = places.gazetteer.lookup(ent.text)
                if found is not None and found.country:
                    return str(found.country)
    return None
