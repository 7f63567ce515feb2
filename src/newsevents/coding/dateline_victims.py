"""Victims of a foreign state's attack told under the dateline of the country they are in.

"BEIRUT - Ruritanian shells hit a UN post at <a village the gazetteer does not know>, killing 40
civilians": the victims' phrase names no country, and the sentence names none but the attacker's, so the
actor stage gives the victims the attacker's country (coding/victims.py frees them only when the sentence
names another country). The dateline says where the report was filed: when it is a country other than the
attacker's that the story names as a party, and the sentence places the attack nowhere else, the victims
are that country's people. A dateline of a third country that the story never names as a party (a
bureau abroad: "LONDON - ...") says nothing of the victims and is left alone, and so does the first
dateline of a digest whose sections file from places of their own.
"""

from __future__ import annotations

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.dateline import dateline_country, section_datelines
from newsevents.records import Actor

__all__ = ["DATELINE_VICTIMS", "dateline_abroad"]

DATELINE_VICTIMS = declare(
    "target",
    "dateline-victims",
    "unplaced victims of a foreign state's attack, in a sentence that places it nowhere, belong to the "
    "country of the dateline when the story names that country as a party",
    "BEIRUT - Ruritanian shells hit a UN post near the border, killing 40 civilians. Lebanon protested.",
)


def dateline_abroad(draft: Draft, attacker: str, actors: DocActors) -> Actor | None:
    """The victims of ``draft`` (an attack by ``attacker``'s forces on victims its phrase does not place)
    as the dateline's country's, when that is another country the story names as a party; else None."""
    if draft.place is not None or draft.target is None:
        return None
    doc = draft.sent.doc
    places = doc._.ne_places
    # (a digest's sections each file from a place of their own: the first dateline is not theirs)
    if places is None or section_datelines(doc):
        return None
    iso3 = dateline_country(doc, places.gazetteer.lookup)
    if iso3 is None or iso3 == attacker:
        return None
    if not any(m.names_party and m.iso3 == iso3 for m in actors.mentions):
        return None
    victims = draft.target
    role = victims.role
    return Actor(text=victims.text, name=actors.country_name(iso3), country=iso3, role=role,
                 code=f"{iso3}{role or ''}")
