"""Acts demanded in the subjunctive: in "the union insisted that the president step down" the resignation
is what the demand asks for, no event of its own. A demand told by a reporting verb ("insisted", "urged
that") would otherwise leave its content standing as reported speech.

Read by the trigger stage (coding/triggers.py) for each sentence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.called_for import infinitive_appeals, wished_acts
from newsevents.coding.encouraged import encouraged_appeals
from newsevents.coding.insisted import insisted_facts
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

DEMANDED_ACT = declare(
    "select",
    "demanded-act",
    "an act in the subjunctive under a demand ('insisted that the president step down') is the demand's "
    "content, not an event",
    "The unions insisted that the government withdraw the reform.",
)
# Roots of the acts whose subjunctive content is asked for, not done: demands and appeals.
_ASKING_ROOTS = frozenset({"10", "02"})


def demanded_acts(found: list[Trigger], sent: Span) -> list[Trigger]:
    """``found``, the triggers of ``sent``, with each kept act in the subjunctive under a kept demand or
    appeal set aside (and each appeal told by an infinitive clause, or by a wish that a party act, made:
    coding/called_for.py)."""
    found = encouraged_appeals(insisted_facts(wished_acts(infinitive_appeals(found, sent))))
    asking = {t.token.i for t in found if t.kept and t.coded_as[:2] in _ASKING_ROOTS}
    if not asking:
        return found
    return [
        replace(t, dropped_by=DEMANDED_ACT)
        if t.kept and t.token.dep_ == "ccomp" and t.token.head.i in asking and _subjunctive(t.token)
        else t
        for t in found
    ]


def _subjunctive(clause: Token) -> bool:
    """A clause in the subjunctive: a bare verb with its own subject and no auxiliary ("that he resign",
    "that the crossings be reopened")."""
    if clause.tag_ != "VB" or any(c.dep_ == "aux" for c in doccache.children(clause)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(clause))
