"""Agentless passives of acts only a state does: "More than 200 miners were arrested."

The arguments stage gives an agentless passive the country of the place it happened in (``source:
unattributed``); where the sentence names no place, it makes no event. An arrest, a detention, a
deportation or an execution is done by a state's police, army or courts, so the story's own country (the
dateline's, else the one it names most) is the plain source, as the corpus codes it ("police implied").
Acts that anyone may do ("was shot dead") are left alone: their maker is not plain from the text.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import DocDates, When, role_day

STATE_PASSIVE = declare(
    "source",
    "state-passive",
    "an agentless passive of an act only a state does (arrest, detention, expulsion) with no place named "
    "is the story's country's",
    "More than 200 dockers were arrested, the interior ministry said.",
)
# CAMEO roots of acts that only a state's police, army or courts do: coercion (arrests, detentions,
# expulsions, executions, curfews).
_STATE_ROOTS = frozenset({"17"})
# The arm of the state each such act is plainly done by: arrests and detentions by the police, the rest
# (expulsions, curfews, executions) by the government.
_ARM = {"173": "COP"}
_DEFAULT_ARM = "GOV"


def _agentless(trigger: Trigger) -> bool:
    tok = trigger.token
    return (
        not trigger.noun
        and tok.pos_ == "VERB"
        and syntax.is_passive(tok)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def state_passives(
    triggers: list[Trigger],
    drafted: set[int],
    sent: Span,
    actors: DocActors,
    dates: DocDates,
    last_dated: When | None,
) -> list[Draft]:
    """Drafts for the kept agentless state passives of ``sent`` that the arguments stage left without one
    (``drafted``: the trigger positions that have drafts), sourced on the story's country."""
    home = actors.story_country
    if home is None:
        return []
    indices = {t.token.i for t in triggers}
    out: list[Draft] = []
    for trigger in triggers:
        code = trigger.code or trigger.pattern.code
        if not trigger.kept or trigger.token.i in drafted or code[:2] not in _STATE_ROOTS:
            continue
        if not _agentless(trigger):
            continue
        tok = trigger.token
        whens, own, date_rule = dates.event_dates(tok, sent, indices, last_dated)
        when = whens[0] if whens else None
        day = role_day(when) or dates.story_day
        patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
        targets = [a for p in patients for a in actors.resolve_all(p, day) if a.code and a.country]
        role = _ARM.get(code[:3], _DEFAULT_ARM)
        name = actors.country_name(home)
        source = Actor(text="", name=name, country=home, role=role, code=f"{home}{role}")
        out.append(
            Draft(
                trigger=trigger,
                sent=sent,
                source=source,
                target=targets[0] if targets else None,
                modality=trigger.modality or "asserted",
                code=code,
                when=when,
                date_own=own,
                place=None,
                facts=frozenset({"unattributed"}),
                steps=(*trigger.steps, STATE_PASSIVE, *((date_rule,) if when and date_rule else ())),
            )
        )
    return out
