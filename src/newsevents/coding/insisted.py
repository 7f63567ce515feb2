"""Insisting on a fact is a statement, insisting on an act a demand.

"Insist" codes a demand (100) in the Phoenix dictionary, right for "insisted that the troops withdraw" (a
subjunctive: coding/subjunctive.py) or "insisted on a withdrawal" (its own pattern). But "the envoy
insisted that the border had stayed open" asserts a fact, in the indicative: a statement (010), not a
demand of anyone. Read by the trigger stage through ``coding/subjunctive.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

INSISTED_FACT = declare(
    "trigger",
    "insisted-fact",
    "insisting that something is or was so (a clause in the indicative, no modal of obligation) states a "
    "position (010); insisting that a party act stays a demand",
    "The ambassador insisted his government had no part in the coup.",
)
STATEMENT = "010"
# Verbs of insisting whose bare pattern is a demand.
_INSIST = frozenset({"insist"})
# Finite tags of a clause in the indicative ("had", "was", "is", "denied"); not VBP, which a plural
# subjunctive shares ("insisted they LEAVE").
_INDICATIVE = frozenset({"VBD", "VBZ"})
# Auxiliaries of an indicative clause; a modal of obligation ("must", "should") keeps the demand.
_FACT_AUX = frozenset({"have", "be", "do", "will", "would", "can", "could"})


def insisted_facts(found: list[Trigger]) -> list[Trigger]:
    """``found`` with each bare demand on a verb of insisting whose clause states a fact recoded 010."""
    return [_fact(t) if t.kept and t.token.lemma_.casefold() in _INSIST else t for t in found]


def _fact(trigger: Trigger) -> Trigger:
    if trigger.pattern.specificity or trigger.coded_as[:2] != "10":
        return trigger  # ("insisted on a withdrawal": a pattern of its own)
    clause = next((c for c in doccache.children(trigger.token) if c.dep_ == "ccomp"), None)
    if clause is None or not _indicative(clause):
        return trigger
    pattern = construction(INSISTED_FACT, STATEMENT, trigger.token, "insisting on a fact: a statement")
    return replace(trigger, pattern=pattern, code=None, steps=(*trigger.steps, INSISTED_FACT))


def _indicative(clause: Token) -> bool:
    """A clause with a subject and a finite verb or an auxiliary of fact ("had no weapons", "was not
    involved", "would go on cooperating"), not a subjunctive or an obligation ("must leave", "had to
    leave")."""
    children = doccache.children(clause)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) or _to_act(clause):
        return False
    aux = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if aux:
        return all(a.lemma_.casefold() in _FACT_AUX for a in aux)
    return clause.tag_ in _INDICATIVE


def _to_act(clause: Token) -> bool:
    """ "insisted that Iran HAD TO stop", "would HAVE TO stop": an obligation told with "have to"."""
    return clause.lemma_.casefold() == "have" and any(c.dep_ == "xcomp" for c in doccache.children(clause))
