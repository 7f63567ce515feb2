"""An event noun that is the subject of an agentless passive telling the same act keeps its trigger.

"The withdrawal of Russian troops from Kherson was completed on Tuesday": the verb ("completed", coded
0874 by its object, the withdrawal) names no doer, since its passive has no "by" phrase; the noun does, in
its own "of" phrase or modifiers. Were the noun to give way to the verb (``noun-under-coded-verb``), the
act would be lost for want of a source; with the same root on both, the noun tells the act, and the verb,
which has no party of its own, codes nothing beside it, even when a source rule of its own would find one
(``source:withdrawn-passive`` gives an agentless withdrawal its forces' state): one act, told once.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Trigger
from newsevents.coding.roles import noun_roles
from newsevents.coding.rules import declare

__all__ = ["VERB_OF_NOUN", "tells_agentless_act", "verb_of_noun"]

VERB_OF_NOUN = declare(
    "select",
    "verb-of-agentless-noun",
    "an agentless passive whose subject, an event noun of the same root, tells the act codes nothing beside "
    "the noun",
    "The pullout of Kenyan troops from the border town was completed on Friday.",
)


def tells_agentless_act(noun: Trigger, verb: Trigger) -> bool:
    """Whether event noun ``noun``, the passive subject of ``verb``'s trigger, tells the act ``verb`` is
    coded for (the same CAMEO root) while the passive names no agent."""
    tok: Token = noun.token
    if tok.dep_ != "nsubjpass" or verb.token.i != tok.head.i:
        return False
    if any(c.dep_ == "agent" for c in doccache.children(tok.head)):
        return False
    noun_code, verb_code = noun.coded_as, verb.coded_as
    return noun_code[:2] == verb_code[:2] and noun_code[:2].isdigit()


def verb_of_noun(verb: Trigger, by_token: Mapping[int, Trigger]) -> bool:
    """Whether the verb trigger ``verb`` is the agentless passive an event noun subject of its own root
    tells (``tells_agentless_act``) and names a doer for, so that it gives way to that noun ("a curfew was
    imposed" names none: the verb stays, for the source rules of its own to find one)."""
    if verb.noun:
        return False
    for child in doccache.children(verb.token):
        noun = by_token.get(child.i) if child.dep_ == "nsubjpass" else None
        # (the noun names its doer when the noun stage would find it a source: a possessor, a named
        # modifier, a "by" phrase, the "of" phrase of a noun of moving forces, ...: roles.noun_roles)
        if noun is not None and noun.noun and tells_agentless_act(noun, verb) and noun_roles(noun.token)[0]:
            return True
    return False
