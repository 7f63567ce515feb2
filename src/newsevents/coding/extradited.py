"""Extraditions in an agentless passive: "the smuggler was extradited to Spain late on Friday night".
Only a state extradites, and it hands the person over from its own soil: the story's own country (the
dateline's, else the one it names most) is the source, and the "to" country that receives the person is
the target (judicial cooperation, 063). The arguments stage drafts nothing for such a passive (no agent),
so agentless.state_passives places it here.
"""

from __future__ import annotations

import datetime as dt

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.records import Trigger
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare
from newsevents.records import Actor

EXTRADITED_TO = declare(
    "source",
    "extradited-to",
    "a person extradited in an agentless passive is handed over by the story's own country to the 'to' "
    "country",
    "A Kenyan businessman was extradited to Belgium on Monday.",
)
# the CAMEO code of judicial cooperation, which extradition is
_JUDICIAL = "063"


def extradition_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor] | None:
    """(source, target) of an agentless passive extradition whose receiving "to" country differs from
    the story's own, else None."""
    tok = trigger.token
    if trigger.noun or (trigger.code or trigger.pattern.code) != _JUDICIAL:
        return None
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    if not (syntax.is_passive(tok) or passive_conjunct(tok)) or any(
        c.dep_ == "agent" for v in verbs for c in doccache.children(v)
    ):
        return None
    home = actors.story_country
    receivers = [
        p
        for v in verbs
        for c in doccache.children(v)
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in doccache.children(c)
    ]
    target = next((a for p in receivers for a in actors.resolve_all(p, day) if a.code and a.country), None)
    if home is None or target is None or target.country == home:
        return None
    source = Actor(text="", name=actors.country_name(home), country=home, role=None, code=home)
    return source, target
