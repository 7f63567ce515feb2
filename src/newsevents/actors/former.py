"""People named with a past title ("former President X") who hold another office on the article's day.

A past title says the person left that office, not that they hold none: the dictionary's dated roles
say what they are on the day, and an opposition leader or a lawmaker acts as one ("former Prime
Minister Ana Ruiz, now leading the opposition, rejected the budget" -> OPP, not ELI).
"""

from __future__ import annotations

from newsevents.records import Actor

__all__ = ["as_former_person"]

# Roles a person who left government holds in their own right; any other (GOV included: the text says
# they left it) gives way to the past title's ELI.
_LATER_OFFICES = frozenset({"OPP", "LEG"})


def as_former_person(actor: Actor, former: bool, text: str) -> Actor:
    """A named person under a "former" title: out of office (ELI) unless the dictionary gives them an
    opposition or legislative role on the day."""
    if not former or actor.country is None or actor.role in _LATER_OFFICES:
        return actor
    return Actor(text=text, name=actor.name, country=actor.country, role="ELI", code=actor.country + "ELI")
