"""An event noun that is the subject of an agentless passive telling the same act keeps its trigger.

"The withdrawal of Russian troops from Kherson was completed on Tuesday": the verb ("completed", coded
0874 by its object, the withdrawal) names no doer, since its passive has no "by" phrase; the noun does, in
its own "of" phrase or modifiers. Were the noun to give way to the verb (``noun-under-coded-verb``), the
act would be lost for want of a source; with the same root on both, the noun tells the act, and the verb,
which has no party of its own, codes nothing beside it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Trigger

__all__ = ["tells_agentless_act"]


def tells_agentless_act(noun: Trigger, verb: Trigger) -> bool:
    """Whether event noun ``noun``, the passive subject of ``verb``'s trigger, tells the act ``verb`` is
    coded for (the same CAMEO root) while the passive names no agent."""
    tok: Token = noun.token
    if tok.dep_ != "nsubjpass" or verb.token.i != tok.head.i:
        return False
    if any(c.dep_ == "agent" for c in doccache.children(tok.head)):
        return False
    noun_code, verb_code = noun.code or noun.pattern.code, verb.code or verb.pattern.code
    return noun_code[:2] == verb_code[:2] and noun_code[:2].isdigit()
