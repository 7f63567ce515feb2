"""The countries an article's places and mentions give it, as ``DocActors`` (actors/resolve.py) reads
them once per article: the places the dictionary lacks, by token, and the country the story names most.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.actors.ethnic_kin import ethnic_kin
from newsevents.actors.venue import venue_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.actors.resolve import DocActors

__all__ = ["PLACE_LABELS", "dateline_city", "home_of", "main_country", "place_table"]

# Entity labels the gazetteer may place in a country.
PLACE_LABELS = ("GPE", "LOC", "FAC")
# How many times more often the story names another country than its dateline's for the dateline to be
# only where the report was filed, not what it is about.
_FILED_FROM = 3
# The same from 1.4 times, by at least two mentions, when the lead names that country and not the
# dateline's: a report filed from Washington, Paris or Abuja on a coup elsewhere opens on the coup and
# names the capital's government only in the reactions, often enough to pass three times less.
_FILED_FROM_LEAD = 1.4
_LEAD_BY = 2


def place_table(actors: DocActors) -> dict[int, str]:
    """Token index -> country of the place entities ("Arequipa", "Oruro") the dictionary lacks."""
    lookup = actors.resolver.place_country
    out: dict[int, str] = {}
    if lookup is None:
        return out
    home = {actors.dateline_country} if actors.dateline_country else set()
    named = tuple(sorted(actors.countries_in_doc | home))
    for ent in doccache.ents(actors.doc):
        if ent.label_ in PLACE_LABELS and ent.root.i not in actors.by_token:
            iso3 = lookup(ent.text, named)
            # A place in a country the article never names is a namesake more often than not
            # ("Palma" in a report on Mozambique is no Spanish city).
            if iso3 and (not named or iso3 in named):
                out.update((t.i, iso3) for t in ent)
    return out


def dateline_city(actors: DocActors, tok: Token) -> str | None:
    """The dateline's country for its own city written again in the text, where the recogniser took the
    city for a person or a body ("BARI - Farmers in Bari blocked ..." with "Bari" a PERSON): an agent "in"
    it is placed there (``DocActors.placed_country``). Only the dateline's own city, so that a person
    whose name some town elsewhere bears stays a person (reading every such name as a place put people
    in the wrong country, sources8)."""
    line = actors.dateline
    named = actors.by_token.get(tok.i)  # (a dictionary actor of that name stays one)
    if line is None or tok.ent_type_ in PLACE_LABELS or not tok.ent_type_ or named and named.kind != "person":
        return None
    ent = next((e for e in doccache.ents(actors.doc) if e.start <= tok.i < e.end), None)
    if ent is None or ent.text.casefold() != line.place.casefold():
        return None
    return actors.dateline_country


def main_country(actors: DocActors) -> str | None:
    """The country the article names most, with the places it names and its dateline's country."""
    counts = _named(actors)
    if not counts:
        return None
    # (among equals, the country the story is filed from, when it is about it)
    top = max(counts.values())
    return actors.home_country if counts[actors.home_country or ""] == top else counts.most_common(1)[0][0]


def home_of(actors: DocActors, dateline: str | None) -> str | None:
    """The dateline's country when the story is about it: named in the story, and not dwarfed by the
    country the story names most ("DAKAR - West African leaders imposed sanctions on Mali ...", with
    Senegal named once as the summit's host, is filed from Dakar but is about Mali)."""
    if dateline is None or dateline not in actors.countries_in_doc:
        return None
    venue = venue_tokens(actors.doc)
    if all(m.start in venue for m in actors.mentions if m.iso3 == dateline):
        return None  # ("DAKAR - leaders meeting in Dakar ...": named only as the venue, actors/venue.py)
    counts = _named(actors)
    (leader, top), own = counts.most_common(1)[0], counts[dateline]
    if top - own >= _LEAD_BY and own * _FILED_FROM_LEAD <= top and _lead_names(actors, leader, dateline):
        return None
    return dateline if own * _FILED_FROM > top else None


def _lead_names(actors: DocActors, country: str, dateline: str) -> bool:
    """Whether the lead (the sentence after the dateline) names ``country`` and not ``dateline``'s."""
    line = actors.dateline
    start = line.end if line is not None else 0
    if start >= len(actors.doc):
        return False
    lead = actors.doc[start].sent
    named = {m.iso3 for m in actors.mentions if m.kind == "country" and start <= m.start < lead.end}
    named.update(iso3 for i, iso3 in actors.places.items() if start <= i < lead.end)
    return country in named and dateline not in named


def _named(actors: DocActors) -> Counter[str]:
    """How often the article names each country, with the places it names and its dateline's country."""
    doc = actors.doc
    venue = venue_tokens(doc)  # (where a group gathered says nothing of what the story is about)
    counts = Counter(
        m.iso3
        for m in actors.mentions
        if m.kind == "country" and m.iso3 and not ethnic_kin(doc, m.start) and m.start not in venue
    )
    places = actors.places
    counts.update(
        places[e.root.i] for e in doccache.ents(doc) if e.root.i in places and e.root.i not in venue
    )
    if actors.dateline_country:
        counts[actors.dateline_country] += 1
    return counts
