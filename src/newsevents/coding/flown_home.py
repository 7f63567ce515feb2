"""Captives flown home: "U.S. agents arrested the smuggler at sea and flew him to Miami", "Argentine agents,
who flew them to Buenos Aires". Row ne.fly.7 reads flying a wanted person somewhere as a handover between
states (063); but when the place flown to is in the flyer's own country, the state is taking its own
captive home: nobody hands anybody over, and the arrest or handover the story tells before it is the event.
Left alone, the self-pair would be re-aimed at the one foreign country of its sentence (coding/own_country.py)
and turn into an extradition that never happened.

The same holds for a traveller's own way home: "she flew home to Lisbon", "the freed men travelled home"
are no visit (042) of anybody to anybody, whatever state the place of arrival is read as; the return
is the end of a story (a release, a resignation) told elsewhere in the report.
"""

from __future__ import annotations

from newsevents.coding.records import Draft

# The code of a handover between states (judicial cooperation) that a flight to a place may be read as.
_HANDOVER_CODE = "063"
# Verbs that carry a person to a place (the flight, not the handing over).
_CARRYING_VERBS = frozenset({"fly", "bring", "take", "carry"})
# The code of a visit, and the adverb that makes a journey a way home ("flew HOME").
_VISIT_CODE = "042"
_HOME = "home"
# Links by which a visit noun restates the journey of the verb it hangs from ("..., their first visit").
_RESTATING = frozenset({"npadvmod", "appos"})


def flown_home(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less each handover read from a verb of carrying whose destination is a place in the
    carrier's own country, and each visit that is a journey home."""
    return [d for d in drafts if not _home_flight(d) and not _way_home(d)]


def _way_home(d: Draft) -> bool:
    """A visit read from a journey whose verb goes "home" ("flew home to Tokyo", "was flown home"), or
    from a visit noun that restates such a journey ("flew home on Tuesday, their first visit in years")."""
    if d.code != _VISIT_CODE:
        return False
    tok = d.token
    if d.trigger.noun and tok.dep_ not in _RESTATING:
        return False
    verb = tok.head if d.trigger.noun else tok
    return any(c.dep_ == "advmod" and c.lower_ == _HOME for c in verb.children)


def _home_flight(d: Draft) -> bool:
    if d.code != _HANDOVER_CODE or d.token.lemma_.casefold() not in _CARRYING_VERBS:
        return False
    # (the destination is read as a place standing for its state, or as the state itself: "to Miami",
    # "to Buenos Aires"; either way a state cannot hand anybody over to itself)
    target = d.target
    return target is not None and d.source.country is not None and target.country == d.source.country
