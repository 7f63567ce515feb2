"""Extraditions in an agentless passive: "the smuggler was extradited to Spain late on Friday night".
Only a state extradites, and it hands the person over from its own soil: the "from" country where the
text names it ("extradited from Norway to Rwanda"), else the state organ that reports it when it is not
the receiver ("..., Panama's foreign ministry said"), else the story's own country (the dateline's, else the
one it names most) is the source, and the "to" country that receives the person is
the target (judicial cooperation, 063). The arguments stage drafts nothing for such a passive (no agent),
so agentless.state_passives places it here.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.records import Trigger
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare
from newsevents.records import Actor

EXTRADITED_TO = declare(
    "source",
    "extradited-to",
    "a person extradited in an agentless passive is handed over to the 'to' country by the state that "
    "reports it, else by the story's own country",
    "A Kenyan businessman was extradited to Belgium on Monday.",
)
# the CAMEO code of judicial cooperation, which extradition is
_JUDICIAL = "063"
# Verbs whose subject tells the handover ("..., the foreign ministry SAID").
_REPORTING = frozenset({"say", "announce", "confirm", "report", "state"})


def extradition_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor] | None:
    """(source, target) of an agentless passive extradition whose receiving "to" country differs from
    the story's own, else None."""
    tok = trigger.token
    if trigger.noun or trigger.coded_as != _JUDICIAL:
        return None
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    if not (syntax.is_passive(tok) or passive_conjunct(tok)) or any(
        c.dep_ == "agent" for v in verbs for c in doccache.children(v)
    ):
        return None
    target = _country_of(verbs, "to", actors, day)
    if target is None:
        return None
    # (a "from" country names the extraditing state outright: "was extradited FROM Norway to Rwanda"; a
    # dateline not the receiver's is where the handover is told from, even when the story never names it)
    sender = _country_of(verbs, "from", actors, day)
    # (else the person's own country, when every other is the receiver's: "WASHINGTON - A Mexican drug
    # lord was extradited to the United States")
    held = [c for v in verbs for c in doccache.children(v) if c.dep_ == "nsubjpass"]
    own = [a.country for h in held for a in actors.resolve_all(h, day) if a.country]
    # (the state that reports the handover, when it is not the receiver: "X was extradited to the United
    # States, Mexico's foreign ministry said" is told from the sending side, whatever the dateline)
    speaker = _reporting_state(tok, actors, day)
    first = sender.country if sender else None
    senders = (first, speaker, actors.dateline_country, actors.story_country, *own[:1])
    home = next((c for c in senders if c is not None and c != target.country), None)
    if home is None:
        return None
    source = country_actor(actors, home)
    return source, target


def _country_of(verbs: list[Token], prep: str, actors: DocActors, day: dt.date | None) -> Actor | None:
    """The first country the ``prep`` phrases of ``verbs`` name ("extradited TO Spain")."""
    objects = [
        p
        for v in verbs
        for c in doccache.children(v)
        if c.dep_ == "prep" and c.lower_ == prep
        for p in doccache.children(c)
    ]
    return next((a for p in objects for a in actors.resolve_all(p, day) if a.code and a.country), None)


def _reporting_state(tok: Token, actors: DocActors, day: dt.date | None) -> str | None:
    """The country of the state organ whose reporting verb the extradition's clause is the complement of."""
    verb = tok.head
    if tok.dep_ not in ("ccomp", "parataxis") or verb.lemma_.casefold() not in _REPORTING:
        return None
    speakers = [a for s in doccache.children(verb) if s.dep_ == "nsubj" for a in actors.resolve_all(s, day)]
    return next((a.country for a in speakers if a.country and a.role in ("GOV", "JUD", "COP")), None)
