"""The parties of a truce that takes effect naming neither its sides nor its place: "a ceasefire brokered by
Ankara took effect at dawn", "the truce held through the night". A truce is kept by the two sides of the
war the story is about, and a story of a truce names those sides more than anyone else, broker aside: the
truce is coded between the two countries the article names most (the first named as the source), leaving
out the broker named on the truce ("brokered BY X", "a ceasefire X had brokered"). A story that names fewer
than two countries besides the broker gives no parties. (A civil war's truce, with one country named far
more than the rest, was tried as that country's own: the target stage then gives it the article's other
country, no better.)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import party_country
from newsevents.records import Actor

TRUCE_STORY_SIDES = declare(
    "source",
    "truce-story-sides",
    "a truce or ceasefire that takes effect, holds or begins naming neither parties nor place is between "
    "the two countries the article names most, leaving out its broker",
    "A ceasefire brokered by Oslo took effect at dawn, after weeks of fighting between Lima and Quito.",
)
# CAMEO code family of de-escalating (a ceasefire declared or observed: 0871).
_DEESCALATE = "087"
# Words on the truce noun that name its broker ("brokered by X", "mediated by X").
_BROKER_VERBS = frozenset({"broker", "mediate", "negotiate", "arrange"})


def story_sides(trigger: Trigger, actors: DocActors, day: dt.date | None) -> tuple[Actor, Actor] | None:
    """(source, target) of a truce verb with a truce noun as subject but no parties or place named: the
    article's two most named countries other than the broker's; else None."""
    if trigger.noun or not trigger.coded_as.startswith(_DEESCALATE):
        return None
    tok = trigger.token
    truces = lexicon().truce_nouns
    subjects = [c for c in doccache.children(tok) if c.dep_ == "nsubj" and c.lemma_.casefold() in truces]
    if not subjects:
        return None
    brokers = {b for s in subjects for b in _brokers(s, actors, day)}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in actors.mentions:
        iso3 = party_country(actors, m)
        if iso3 and iso3 not in brokers:
            counts[iso3] += 1
            first.setdefault(iso3, m.start)
    sides = sorted(counts, key=lambda iso3: (-counts[iso3], first[iso3]))[:2]
    if len(sides) < 2:
        return None
    one, two = sorted(sides, key=lambda iso3: first[iso3])
    return government_of(actors, one), government_of(actors, two)


def _brokers(truce: Token, actors: DocActors, day: dt.date | None) -> set[str]:
    """The countries of those named as brokering ``truce``: the agent of a participle on it, or the subject
    of a relative clause on it."""
    found: set[str] = set()
    for clause in doccache.children(truce):
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_ not in _BROKER_VERBS:
            continue
        for kid in doccache.children(clause):
            heads = [g for g in doccache.children(kid) if g.dep_ == "pobj"] if kid.dep_ == "agent" else [kid]
            if kid.dep_ in ("agent", "nsubj"):
                found |= {a.country for h in heads for a in actors.resolve_all(h, day) if a.country}
    return found
