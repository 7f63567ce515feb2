"""The rival of a show of force sent to a frontier the text names by its neighbour: "moved troops to its
border with Chile", "massed tanks along the frontier with Bolivia". A deployment (15) may be domestic, so
the arguments stage takes it no counterpart from a place preposition ("to", "along"), and when the troops'
own phrase places them ("thousands of troops") it reads the sender's own country there as the last
resort. But a border "with X" names the party the force is shown to: X is the target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newsevents import doccache
from newsevents.coding.defended import border_words
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

BORDER_WITH = declare(
    "target",
    "border-with",
    "a show of force sent to, along or near a border 'with X' is aimed at X, not at the sender's own country",
    "Peru moved two brigades to its border with Ecuador on Monday.",
)
# CAMEO root of force posture (alerts, deployments, mobilisations, exercises).
_POSTURE_ROOT = "15"


def border_targets(drafts: list[Draft], country_name: Callable[[str], str | None]) -> list[Draft]:
    """``drafts`` with each show of force that has no target, or its source's own country, and is sent to a
    border "with X" (X another country, a named place) aimed at X."""
    return [_retargeted(d, country_name) for d in drafts]


def _retargeted(d: Draft, country_name: Callable[[str], str | None]) -> Draft:
    own = d.source.country
    if not d.code.startswith(_POSTURE_ROOT) or own is None:
        return d
    if d.target is not None and d.target.country not in (None, own):
        return d
    other = _neighbour(d, own)
    if other is None:
        return d
    actor = Actor(text="", name=country_name(other) or other, country=other, role=None, code=other)
    return replace(d, target=actor, steps=(*d.steps, BORDER_WITH))


def _neighbour(d: Draft, own: str) -> str | None:
    """The country of X in a "border with X" phrase on the preposition of the act's own verb."""
    places = d.token.doc._.ne_places
    borders = border_words()
    for prep in doccache.children(d.token):
        if prep.dep_ != "prep":
            continue
        for noun in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            if noun.lemma_.casefold() not in borders:
                continue
            for with_ in (c for c in doccache.children(noun) if c.dep_ == "prep" and c.lower_ == "with"):
                for pobj in (c for c in doccache.children(with_) if c.dep_ == "pobj"):
                    place = places.known_place(pobj)
                    if place is not None and place.country and place.country != own:
                        return place.country
    return None
