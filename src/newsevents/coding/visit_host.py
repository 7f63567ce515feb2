"""The host of a visit made with companions: "travelled to Vilnius alongside the heads of Poland and Latvia".

A "with" phrase on a verb of travel names who went along (coding/companions.py makes each of them a
visitor too), never whom the visit was paid to; the argument stage, which reads a "with" object as the
counterpart as it does for "met with X", takes the companions for the target. The host is where the
travel went: the place of its "to" (or "in") phrase, else the event's place, else nobody named. Read over
the drafts of the argument stage before the companions are added.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

VISIT_HOST = declare(
    "target",
    "visit-host",
    "the 'with' phrase of a visit names companions, not the host: the visit's target is the country of "
    "its 'to' place, else of the event's place",
    "The Polish president flew to Vilnius on Monday with the leaders of Latvia and Estonia.",
)
# Codes of a visit made.
_VISIT_CODES = ("042",)
# Prepositions of the destination of a travel verb.
_DESTINATION = frozenset({"to", "in"})
_ALONG = "with"


def hosted(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with each visit whose target came from its "with" phrase given the host instead (one
    draft per source and host: the companions' several targets collapse into one)."""
    seen: set[tuple[int, str | None, str | None]] = set()
    for d in drafts:
        if d.code.startswith(_VISIT_CODES) and d.target is not None and _companion_target(d.token, d.target):
            host = _host(d)
            d = d.step(VISIT_HOST, target=host)
            key = (d.token.i, d.source.country, host.country if host else None)
            if key in seen:
                continue
            seen.add(key)
        yield d


def _with_phrases(verb: Token) -> list[Token]:
    """The objects of the verb's "with" phrases."""
    return [
        p
        for c in doccache.children(verb)
        if c.dep_ == "prep" and c.lower_ == _ALONG
        for p in doccache.children(c)
        if p.dep_ == "pobj"
    ]


def _companion_target(verb: Token, target: Actor) -> bool:
    """Whether the target's words lie in a "with" phrase of the visit verb."""
    if not target.text:
        return False
    return any(target.text in " ".join(t.text for t in doccache.subtree(p)) for p in _with_phrases(verb))


def _host(d: Draft) -> Actor | None:
    """The country the visit went to: its "to"/"in" place, else the event's place; not the visitor's."""
    actors: DocActors = d.sent.doc._.ne_actors
    day = role_day(d.when)
    for c in doccache.children(d.token):
        if c.dep_ != "prep" or c.lower_ not in _DESTINATION:
            continue
        for p in (o for o in doccache.children(c) if o.dep_ == "pobj"):
            found = [a for a in actors.resolve_all(p, day) if a.country and a.country != d.source.country]
            if found:
                return found[0]
    place = d.place
    if place is None or place.country is None or place.country == d.source.country:
        return None
    return Actor(text=place.name, name=None, country=place.country, role=None, code=place.country)
