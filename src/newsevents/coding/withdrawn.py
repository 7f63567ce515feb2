"""The target of a state's withdrawal of its own forces: the country they leave. "The army pulled a unit
of its troops out of Chad" has the troops as its object, and the object reads as the target, so the
withdrawal falls back on the source's own country; but a retreat is aimed at the country it leaves (the
conventions code "Syria pulled its troops out of Lebanon" SYR -> LBN). That country is the place of an
"out of" or "from" phrase on the act or its object, else the story's country or the dateline's when it
is not the source's own. Armed groups, which the conventions place where they act, are left alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor, government_of
from newsevents.actors.resolve import DocActors
from newsevents.coding.forces_owner import context_owner
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

WITHDRAWN_FROM = declare(
    "target",
    "withdrawn-from",
    "a state's withdrawal of its own forces, whose target fell back to its own country, is aimed at the "
    "country the forces leave: the place of 'out of' / 'from', else the story's or the dateline's country",
    "N'DJAMENA - Paris said it had pulled a company of its soldiers out of the country.",
)
# CAMEO code of a military retreat or withdrawal.
_RETREAT = "0874"
# Prepositions that name the place a withdrawal leaves ("out OF Chad", "FROM the border").
_LEFT = frozenset({"out", "of", "from"})


def left_country(d: Draft, actors: DocActors) -> Draft:
    """``d`` with its target set to the country its forces leave, when it is a state's withdrawal whose
    target is the source's own country (WITHDRAWN_FROM); else ``d`` unchanged."""
    own = d.source.country
    target = d.aimed
    if not d.code.startswith(_RETREAT) or own is None or (target is not None and target.country != own):
        return d
    if d.source.role in lexicon().non_state_armed_roles:
        return d
    # (a story filed from where the forces leave is about that country even when it names only the
    # leaver: "BAMAKO - Paris pulled its troops out of the country")
    stories = (actors.story_country, actors.dateline_country)
    left = _place_left(d.token, actors, d, own) or next((c for c in stories if c and c != own), None)
    if left is None:
        return d
    actor = country_actor(actors, left)
    if d.target is not None:
        return d.step(WITHDRAWN_FROM, target=replace(actor, text=d.target.text))
    return d.step(WITHDRAWN_FROM, implicit_target=actor)


def _place_left(tok: Token, actors: DocActors, d: Draft, own: str) -> str | None:
    """The country of a place the act at ``tok`` (or its object) leaves: "out of Chad", "from Gao"."""
    day = role_day(d.when)
    heads = [tok, *(c for c in doccache.children(tok) if c.dep_ in ("dobj", "prt"))]
    for head in heads:
        for prep in doccache.children(head):
            if prep.dep_ not in ("prep", "prt") or prep.lower_ not in _LEFT:
                continue
            for noun in (n for q in (prep, *doccache.children(prep)) for n in doccache.children(q)):
                if noun.dep_ != "pobj":
                    continue
                actor = actors.resolve(noun, day)
                if actor is not None and actor.country and actor.country != own:
                    return actor.country
    return None


WITHDRAWAL_OF = declare(
    "source",
    "withdrawal-of",
    "a withdrawal told as a noun with nobody else to make it ('the withdrawal of U.S. troops began') is "
    "made by the state whose forces its 'of' phrase names, and aimed at the country they leave",
    "KABUL - The withdrawal of Norwegian troops from the province began on Monday.",
)
# CAMEO code family of de-escalating, retreat included (087, 0874).
_DEESCALATE = "087"


def withdrawal_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of a withdrawal noun that the arguments stage left without parties: the state
    whose forces the "of" phrase names, and the country they leave; else None."""
    code = trigger.coded_as
    if not trigger.noun or not code.startswith(_DEESCALATE):
        return None
    tok = trigger.token
    forces = [
        n
        for p in doccache.children(tok)
        if p.dep_ == "prep" and p.lower_ == "of"
        for n in doccache.children(p)
    ]
    movers = [a for n in forces if n.dep_ == "pobj" for a in actors.resolve_all(n, day)]
    states = [a for a in movers if a.country and a.role in lexicon().state_roles]
    if not states:
        return None
    source = states[0]
    left = _place_from(tok, actors, day, source.country)
    stories = (actors.story_country, actors.dateline_country)
    left = left or next((c for c in stories if c and c != source.country), None)
    if left is None:
        return source, None
    return source, country_actor(actors, left)


def _place_from(tok: Token, actors: DocActors, day: dt.date | None, own: str | None) -> str | None:
    """The country of a "from X" phrase on the noun at ``tok``, when it is not ``own``."""
    for prep in doccache.children(tok):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for noun in (n for n in doccache.children(prep) if n.dep_ == "pobj"):
                actor = actors.resolve(noun, day)
                if actor is not None and actor.country and actor.country != own:
                    return actor.country
    return None


WITHDRAWN_PASSIVE = declare(
    "source",
    "withdrawn-passive",
    "forces withdrawn or pulled back in an agentless passive ('Armenian troops will be withdrawn') are "
    "withdrawn by their own state's government, now or as an announced intent",
    "Armenian troops will be pulled back from the ceasefire line under the deal.",
)
# CAMEO codes of a withdrawal told as done (087x) or as announced (0356: intent to de-escalate).
_WITHDRAWAL_CODES = (_DEESCALATE, "0356")


def passive_withdrawal_parties(
    trigger: Trigger, actors: DocActors, day: dt.date | None
) -> tuple[Actor, Actor | None] | None:
    """(source, target) of an agentless passive withdrawal of a state's forces: the forces' state as its
    government (a government withdraws troops), and the country of a "from" place other than its own."""
    tok, code = trigger.token, trigger.coded_as
    if trigger.noun or not code.startswith(_WITHDRAWAL_CODES) or any(
        c.dep_ == "agent" for c in doccache.children(tok)
    ):
        return None
    forces = [a for s in doccache.dep_children(tok, "nsubjpass") for a in actors.resolve_all(s, day)]
    states = [a.country for a in forces if a.country and a.role in lexicon().state_roles and a.role != "GOV"]
    if not states and not forces:
        # ("Lima said two brigades were pulled back": the forces of the state that says so)
        ground = lexicon().ground_force_nouns
        patients = [s for s in doccache.dep_children(tok, "nsubjpass") if s.lemma_ in ground]
        owner = context_owner(tok, actors, day) if patients else None
        states = [owner.country] if owner is not None and owner.country else []
    if not states:
        return None
    own = states[0]
    source = government_of(actors, own)
    left = _place_from(tok, actors, day, own)
    if left is None:
        return source, None
    return source, country_actor(actors, left)
