"""Expulsions told as a noun with the expelling state in a "from" phrase: "deportations of Haitian
migrants from the Bahamas began", "the expulsion of Afghan refugees from Pakistan resumed"; and told as an
agentless passive verb with the state in a "from" or "out of" phrase: "2,000 Haitians were deported from
the Bahamas", "Afghans have been forced out of Iran".

An expulsion noun with nobody named as its maker got no source, so the trigger was dropped; but a state
deports people from its own territory, so the country of the "from" phrase is the one that expels (its
government: expulsions are ordered by governments), and the people of the "of" phrase are the target.
The verb's passive subject is the target. Without this the agentless passive was sourced on the story's
country, which a report about deportees often takes from the deportees themselves (a Herat dateline,
"Afghans" as the subject), so the deported people's state was coded as deporting its own people.
Read by coding/agentless.py for kept triggers left without a draft.
"""

from __future__ import annotations

import datetime as dt

from newsevents import doccache
from newsevents.actors.implied import government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare
from newsevents.records import Actor

EXPELLED_FROM = declare(
    "source",
    "expelled-from",
    "an expulsion noun whose maker is not named is made by the country of its 'from' phrase, on the "
    "people of its 'of' phrase",
    "The deportation of 300 Mexican workers from Belize began on Monday.",
)
EXPELLED_FROM_PASSIVE = declare(
    "source",
    "expelled-from-passive",
    "an agentless passive of expulsion or coercion is done by the country of its 'from' or 'out of' "
    "phrase, on its passive subject",
    "Some 900 Guatemalans were deported from Mexico on Friday.",
)
# CAMEO code of expelling or deporting individuals.
_EXPEL = "174"
# root of coercion: "were expelled / deported / forced out / driven out from X"
_COERCE = "17"


def expelled_from_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of an expulsion noun with a "from" country and no maker named, or of an agentless
    passive coercion verb with a "from" / "out of" country (``_passive_parties``), else None."""
    tok = trigger.token
    if not trigger.noun:
        return _passive_parties(trigger, actors, day)
    if not trigger.coded_as.startswith(_EXPEL):
        return None
    preps = {c.lower_: c for c in doccache.children(tok) if c.dep_ == "prep"}
    if "by" in preps:
        return None
    deported = doccache.dep_children(preps["of"], "pobj") if "of" in preps else []
    # (the parser hangs "from" on the noun or on the people: "deportations of [migrants from Chile]")
    froms = [p for h in (tok, *deported) for p in doccache.dep_children(h, "prep") if p.lower_ == "from"]
    places = [a for p in froms for n in doccache.dep_children(p, "pobj") for a in actors.resolve_all(n, day)]
    states = [a.country for a in places if a.country]
    if not states:
        return None
    own = states[0]
    source = government_of(actors, own)
    people = [a for n in deported for a in actors.resolve_all(n, day)]
    target = next((a for a in people if a.country and a.country != own and a.code), None)
    return source, target


def _passive_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of an agentless passive coercion verb with a "from" / "out of" country."""
    tok = trigger.token
    if not trigger.coded_as.startswith(_COERCE) or tok.pos_ != "VERB":
        return None
    kids = doccache.children(tok)
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or any(c.dep_ == "agent" for c in kids):
        return None
    # ("forced out of Iran": the parser hangs "of" on "out")
    heads = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("from", "out")]
    preps = [p for h in heads for p in ([h] if h.lower_ == "from" else doccache.dep_children(h, "prep"))]
    places = [a for p in preps if p.lower_ in ("from", "of") for n in doccache.dep_children(p, "pobj")
              for a in actors.resolve_all(n, day)]
    states = [a.country for a in places if a.country]
    if not states:
        return None
    own = states[0]
    people = [a for c in kids if c.dep_ == "nsubjpass" for a in actors.resolve_all(c, day)]
    target = next((a for a in people if a.country and a.country != own and a.code), None)
    return government_of(actors, own), target
