"""The deed a reaction names by a noun when no earlier event records it.

"Washington warned Pyongyang over its missile launch. Beijing condemned the launch." The launch itself is
often told only inside another party's reaction (a gerund, a "for"/"over" phrase) and so is no event of its
own; the first earlier event is then Washington's warning, and its author is a bystander to Beijing's
condemnation. When that earlier event is itself a reaction (a demand, a criticism, a rejection, a threat)
aimed at a third country, the deed both reactions answer is that country's: the later one is aimed there.
Called from ``coding.answered`` (``answered_reaction``) before it falls back on the earlier event's actor.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["ANSWERED_DEED", "answered_deed"]

ANSWERED_DEED = declare(
    "target",
    "answered-deed",
    "a reaction whose object noun names a deed no earlier event records is aimed at the third country an "
    "earlier reaction in the story was aimed at, not at that reaction's author",
    "Washington warned Pyongyang over its missile launch. Beijing condemned the launch.",
)

# Reactions in word (CAMEO 10 demand, 11 disapprove, 12 reject, 13 threaten): what they answer is a deed of
# their target's, which a later reaction of the same family may name by a noun.
_REACTION_ROOTS = frozenset({"10", "11", "12", "13"})


def answered_deed(
    code: str, source: Actor, same_kind: list[Draft], others: list[Draft]
) -> tuple[Actor, str] | None:
    """The party a reaction of ``code`` by ``source`` answers when no earlier event is of the kind its
    object noun names (``same_kind`` empty) and the first earlier event by another party (``others``) is a
    reaction aimed at a third country: that country (the maker of the deed both answer); else None."""
    if same_kind or not others or code[:2] not in _REACTION_ROOTS:
        return None
    earlier = others[0]
    target = earlier.target
    if earlier.code[:2] not in _REACTION_ROOTS or target is None or not target.code:
        return None
    if target.country is None or target.country == source.country:
        return None
    if target.country == earlier.source.country:
        return None
    return target, ANSWERED_DEED
