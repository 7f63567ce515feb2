"""The day of a lead whose main verb is the report of it: "Troops repelled an attack on Saturday, the
army said in a statement" dates its news by the reported clause, as the report's verb has no date of its
own. Later undated sentences tell more of that day's story (dateclause.story_day)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents import doccache
from newsevents.datewords import When

__all__ = ["lead_dates"]

# The dependencies of the clause a reporting verb carries ("X repelled ..., the army said").
_REPORTED = frozenset({"ccomp", "parataxis"})
# A coordinated verb whose date the pair shares ("a guard died and two more were hurt on Friday":
# the date hangs from the second verb alone).
_COORDINATED = frozenset({"conj"})
_FOLLOWED = _REPORTED | _COORDINATED


def lead_dates(root: Token, own: Callable[[Token], list[When]]) -> list[When]:
    """The dates of the lead's main clause ``root`` (``own``: a clause's own dates), else those of the
    first clause it reports or is coordinated with that has any."""
    dates = own(root)
    if dates:
        return dates
    for clause in (c for c in doccache.children(root) if c.dep_ in _FOLLOWED and c.pos_ in ("VERB", "AUX")):
        found = own(clause)
        if found:
            return found
    return []
