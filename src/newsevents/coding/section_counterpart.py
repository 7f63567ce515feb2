"""The counterpart of an act in a news digest is its own section's, never another section's party.

An act that needs a counterpart and names none (co-speakers' appeal "Lima and Quito urged both sides to
stop firing") is aimed at the country the article names most outside the speakers. In an "in brief"
roundup each dateline opens a separate story ("HAVANA - ... urged both sides ... OTTAWA - the new premier
was sworn in ..."): the country another section names most is no party to this section's events. The
counterpart is looked for in the act's own section (``dateline.section_datelines``); where that names no
other party, there is none. An article with no sections is one section: the whole article's count.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from newsevents.actors.ethnic_kin import ethnic_kin
from newsevents.actors.mentions import Mention
from newsevents.actors.resolve import DocActors
from newsevents.annotations import annotation
from newsevents.dateline import section_datelines

__all__ = ["party_country", "section_bounds", "section_counterpart"]


def party_country(actors: DocActors, m: Mention) -> str | None:
    """The state a mention names as a party: a country's, or a named actor's on the article's day (the UN
    chief named in a story on Iraq makes no party of his home country: Hans Blix is no Swede there)."""
    named = m.names_party and not ethnic_kin(actors.doc, m.start)  # ("ethnic Serbs": no Serbia)
    return actors.mention_country(m, annotation(actors.doc, "ne_published")) if named else None


def section_bounds(tok: Token) -> tuple[int, int] | None:
    """The token range of the digest section ``tok`` stands in (from its dateline, or the article's start,
    to the next section's dateline), or None when the article is no digest."""
    starts = [d.start for d in section_datelines(tok.doc)]
    if not starts:
        return None
    begin = max((s for s in starts if s <= tok.i), default=0)
    end = min((s for s in starts if s > tok.i), default=len(tok.doc))
    return begin, end


def section_counterpart(actors: DocActors, tok: Token, side: set[str]) -> str | None:
    """The country named most often outside ``side`` (the first named among equals) in the digest section
    of ``tok``; in an article with no sections, the whole article's."""
    begin, end = section_bounds(tok) or (0, len(tok.doc))
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in actors.mentions:
        iso3 = party_country(actors, m) if begin <= m.start < end else None
        if iso3 and iso3 not in side:
            counts[iso3] += 1
            first.setdefault(iso3, m.start)
    if not counts:
        return None
    return min(counts, key=lambda iso3: (-counts[iso3], first[iso3]))
