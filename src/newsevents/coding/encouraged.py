"""Encouraging a party to act is an appeal to it.

Phoenix codes a bare ENCOURAGE as praise (051), right for "encouraged the reforms"; and a curated row makes
"encouraged Chile to ..." an appeal when its object names an actor. But the object is often a group the
actors stage does not resolve ("encouraged the Andean states to settle their quarrel"): the infinitive
clause still says that a party is asked to act, an appeal (020). Read by the trigger stage through
``coding/subjunctive.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

ENCOURAGED_ACT = declare(
    "trigger",
    "encouraged-act",
    "encouraging a party to act ('encouraged the Andean states to settle their quarrel') is an appeal to it "
    "(020), not praise (051, a bare ENCOURAGE)",
    "Oslo encouraged the two neighbours to resume their border talks.",
)
APPEAL = "020"
# Verbs of encouraging whose bare pattern is praise or support.
_ENCOURAGE = frozenset({"encourage"})


def encouraged_appeals(found: list[Trigger]) -> list[Trigger]:
    """``found`` with each bare "encouraged X" that has an infinitive clause after its object recoded 020."""
    return [_appeal(t) if t.kept and t.token.lemma_.casefold() in _ENCOURAGE else t for t in found]


def _appeal(trigger: Trigger) -> Trigger:
    if trigger.noun or trigger.pattern.specificity or trigger.pattern.code[:2] != "05":
        return trigger  # ("encouraged investment": a row of its own; "encouraged Peru to ...": 020 already)
    children = doccache.children(trigger.token)
    if not any(c.dep_ == "dobj" for c in children) or not any(_to_clause(c) for c in children):
        return trigger
    pattern = construction(ENCOURAGED_ACT, APPEAL, trigger.token, "encouraging a party to act: an appeal")
    return replace(trigger, pattern=pattern, code=None, steps=(*trigger.steps, ENCOURAGED_ACT))


def _to_clause(tok: Token) -> bool:
    """An infinitive clause with "to" ("to sit down together")."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in doccache.children(tok))
