"""The target of an event whose sentence names none: what CAMEO's conventions allow in its place.

An act that may be domestic (a strike, an arrest, a resignation: ``semantics.may_be_domestic``) is placed
on the country where it happened, else on its source's own country. An act that needs a counterpart (an
appeal, a condemnation, a refusal, aid) is never paired with its source's own country for want of another:
it takes the country where it happened when that is another country, else the other country the article
is about (a reaction told after the event it answers: "Tokyo released the water. Beijing condemned the
move."), else no target at all.
"""

from __future__ import annotations

from collections import Counter

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.semantics import may_be_domestic, needs_counterpart
from newsevents.records import Actor

ARTICLE_COUNTERPART = declare(
    "target",
    "article-counterpart",
    "an act that needs a counterpart and names none in its sentence is aimed at the other country the "
    "article is most about",
    "Tokyo began releasing the water on Monday. The Chinese ministry called the decision selfish.",
)
# Mention kinds that name a country's party: a country's name or adjective, or a dictionary actor.
_PARTY_KINDS = ("country", "entry")


def implicit_country(d: Draft, actors: DocActors) -> tuple[str | None, bool]:
    """The country that stands in for the target of ``d`` when its sentence names none, and whether it
    is the article's counterpart (rather than the event's place or its source's own country)."""
    place = d.place.country if d.place is not None else None
    own = d.source.country
    if may_be_domestic(d.code):
        return place or own, False
    if place is not None and place != own:
        return place, False
    if not needs_counterpart(d.code):
        return None, False
    other = article_counterpart(actors, own)
    return other, other is not None


def article_counterpart(actors: DocActors, own: str | None) -> str | None:
    """The country the article names most often other than ``own`` (the first named among equals)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in actors.mentions:
        if m.kind in _PARTY_KINDS and m.iso3 and m.iso3 != own:
            counts[m.iso3] += 1
            first.setdefault(m.iso3, m.start)
    if not counts:
        return None
    return min(counts, key=lambda iso3: (-counts[iso3], first[iso3]))


def country_actor(actors: DocActors, iso3: str) -> Actor:
    """A country as an implicit party (no words of the text: ``text`` is empty)."""
    return Actor(text="", name=actors.country_name(iso3), country=iso3, role=None, code=iso3)
