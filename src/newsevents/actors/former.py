"""People named with a past title ("former President X") who hold another office on the article's day.

A past title says the person left that office, not that they hold none: the dictionary's dated roles
say what they are on the day, and an opposition leader or a lawmaker acts as one ("former Prime
Minister Ana Ruiz, now leading the opposition, rejected the budget" -> OPP, not ELI). A person out of
office whose own phrase says they stand against the government ("his challenger X", "former president X,
living in exile") acts for the opposition too (``opposition-standing`` in ``actors/data/words.tsv``).
"""

from __future__ import annotations

import re

from newsevents.actors.words import packaged_words
from newsevents.records import Actor

__all__ = ["as_former_person"]

# Roles a person who left government holds in their own right; any other (GOV included: the text says
# they left it) gives way to the past title's ELI.
_LATER_OFFICES = frozenset({"OPP", "LEG"})
_WORD = re.compile(r"[a-z]+")


def as_former_person(actor: Actor, former: bool, text: str) -> Actor:
    """A named person under a "former" title: out of office (ELI) unless the dictionary gives them an
    opposition or legislative role on the day; an elite out of office called a challenger or an exile
    in ``text``: the opposition (OPP)."""
    if actor.country is None or actor.role in _LATER_OFFICES or not (former or actor.role == "ELI"):
        return actor
    # An elite out of office whose phrase calls them a challenger or an exile is the opposition's.
    opposed = not packaged_words().opposition_standing.isdisjoint(_WORD.findall(text.lower()))
    if not (former or opposed):
        return actor
    role = "OPP" if opposed else "ELI"
    return Actor(text=text, name=actor.name, country=actor.country, role=role, code=actor.country + role)
