""""Both sides" in a story of one country's civil war or political crisis: that country.

``pairs.pair`` reads "both sides", "the two parties" as the two parties named together before it, else as
the last two named. A story about a country's government and its rebels or opposition often names them
together only paragraphs back, then a string of foreign reactions: "Colombia's president urged both
sides to negotiate" after Spain, the United States and Argentina have spoken is no appeal to two of those.
When no pair named together is near, and the story's main country has a rebel force or an opposition
named in the last few sentences, the two sides are that country's state and that party (one country: the
target is the country, "army and RSF", "government and opposition").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.group_mentions import NON_STATE_SIDES, group_mentions
from newsevents.actors.implied import country_actor
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["home_sides"]

# How many sentences back (the phrase's own included) the country's non-state side is looked for: a group
# a report keeps on stage over a few paragraphs of reactions.
_SIDE_SENTENCES = 6


def home_sides(actors: DocActors, head: Token, day: dt.date | None, speaker: set[int]) -> list[Actor]:
    """The story's main country's state and its non-state side named in the sentences before a sides
    noun ("both sides"), when that country is not the one speaking to them; none otherwise."""
    if head.lemma_.casefold() not in packaged_words().pair_sides:
        return []
    main = actors.main_country
    first = doccache.window_start(head, _SIDE_SENTENCES)
    named = [*actors.mentions, *group_mentions(actors, first, head.i, day)]
    spoken: set[str] = set()
    side: Actor | None = None
    elsewhere: Actor | None = None  # (the last side of another country than the main one)
    for m in sorted(named, key=lambda m: m.start):
        if m.start >= head.i or m.start < first:
            continue
        found = actors.resolve_phrase(actors.doc[m.end - 1], day)[:1]
        if m.start in speaker:
            spoken |= {a.country for a in found if a.country}
        elif found and found[0].country and found[0].role in NON_STATE_SIDES and found[0].code:
            if found[0].country == main:
                side = found[0]
            else:
                elsewhere = found[0]
    # (a main country that speaks to the pair is a mediator, read from its many mentions: the war is the
    # country of the rebel force named last, "Riyadh and Washington invited both sides" after the RSF)
    if side is None or main in spoken:
        side = elsewhere if main is None or main in spoken else None
    if side is None or side.country is None or side.country in spoken:
        return []
    return [country_actor(actors, side.country), side]
