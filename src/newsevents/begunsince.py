"""A measure in force "since" a day began that day: "Britain has barred arrivals from Chad since Friday",
"troops have been moving towards the border since Tuesday". A date after "since" on the event's own verb,
in the perfect or the progressive, tells when the act began (corpus/README.md: dates at the precision the
text gives); the act is dated by it, as "on Friday" would date it (the rule date:own-clause).

A count kept since a day is no one act: "police have questioned 40 suspects since Sunday", "more than 300
people have been detained since Friday" tell a tally of many acts over the span, and keep the date
rule they had (``dateclause.states_start``: no date of the clause's event), and so does a count of times
("has overthrown governments three times since 1960"). So does a "since" on a noun ("the first curfew
since 2002"), a clause ("since the war ended") or a relative clause that states a record ("the first time
Paris has recalled its envoy since 1940"), and a bare year ("has lived under threat since 2011"), which
tells how long a state has lasted rather than the day an act was done.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# Auxiliaries of the perfect ("has barred", "had been moving") and the progressive ("were moving").
_PERFECT = frozenset({"have", "has", "had"})
# Dependencies of the words a tally is counted on: the object, the subject of a passive, the subject, and
# a count of times ("has overthrown governments THREE TIMES since 1960").
_COUNTED = frozenset({"dobj", "nsubjpass", "nsubj", "npadvmod"})
# Nouns that count by themselves ("have detained HUNDREDS of protesters since Friday").
_MANY = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})


def begun_since(since: Token) -> bool:
    """Whether the "since" at ``since`` (a preposition whose object is a date) hangs from the event's own
    verb in the perfect or the progressive, and the act is no tally of many."""
    verb = doccache.head(since)
    if since.dep_ != "prep" or verb.i == since.i or verb.pos_ != "VERB":
        return False
    if verb.dep_ == "relcl":
        return False  # ("the first time Paris has withdrawn its envoy since 1940": a record, no start)
    if any(c.dep_ == "pobj" and c.like_num for c in doccache.children(since)):
        return False  # ("has lived under threat since 2011": a year tells a state's span, not an act's day)
    kids = doccache.children(verb)
    # A perfect on the first verb spans its conjuncts: "have barred or restricted arrivals since Friday".
    helpers = [*kids, *doccache.children(verb.head)] if verb.dep_ == "conj" else list(kids)
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT for c in helpers)
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in helpers)
    if not (perfect or progressive):
        return False
    return not any(c.dep_ in _COUNTED and _counted(c) for c in helpers)


def _counted(noun: Token) -> bool:
    """Whether ``noun`` is counted ("40 suspects", "hundreds of people", "more than 300")."""
    if noun.like_num or noun.pos_ == "NUM" or noun.lower_ in _MANY:
        return True
    return any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in doccache.children(noun))
