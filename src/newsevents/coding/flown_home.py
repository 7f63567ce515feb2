"""Captives flown home: "U.S. agents arrested the smuggler at sea and flew him to Miami", "Argentine agents,
who flew them to Buenos Aires". Row ne.fly.7 reads flying a wanted person somewhere as a handover between
states (063); but when the place flown to is in the flyer's own country, the state is taking its own
captive home: nobody hands anybody over, and the arrest or handover the story tells before it is the event.
Left alone, the self-pair would be re-aimed at the one foreign country of its sentence (coding/own_country.py)
and turn into an extradition that never happened.
"""

from __future__ import annotations

from newsevents.coding.records import Draft

# The code of a handover between states (judicial cooperation) that a flight to a place may be read as.
_HANDOVER_CODE = "063"
# Verbs that carry a person to a place (the flight, not the handing over).
_CARRYING_VERBS = frozenset({"fly", "bring", "take", "carry"})


def flown_home(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less each handover read from a verb of carrying whose destination is a place in the
    carrier's own country."""
    return [d for d in drafts if not _home_flight(d)]


def _home_flight(d: Draft) -> bool:
    if d.code != _HANDOVER_CODE or d.token.lemma_.casefold() not in _CARRYING_VERBS:
        return False
    # (the destination is read as a place standing for its state, or as the state itself: "to Miami",
    # "to Buenos Aires"; either way a state cannot hand anybody over to itself)
    target = d.target
    return target is not None and d.source.country is not None and target.country == d.source.country
