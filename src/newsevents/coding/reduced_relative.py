"""Arrests told by a dated reduced relative: "eight activists DETAINED LAST MONTH remain in custody", "the
reporter JAILED IN 2019 was freed"; killings told by a dated passive relative clause ("the councillor and her
driver, who were shot dead IN MARCH last year").

A participle that qualifies a noun ("the activists detained") usually only says who the noun is and gives
way to the sentence's event (select:background-clause). When it carries a time of its own and qualifies
the sentence's subject or object, it tells an act of its own, on another day: the arrest took place and
is coded, as an agentless passive is (agentless.state_passives: the story's country's police), with the
noun it qualifies as the one held. Without a time phrase ("the detained activists", "activists detained
by police" are other shapes) the participle stays background: an undated one is mostly a description.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

__all__ = ["DATED_RELATIVE", "dated_relative"]

DATED_RELATIVE = declare(
    "trigger",
    "dated-relative",
    "a coercive participle qualifying the sentence's subject or object with a time phrase of its own tells "
    "an act of its own (an agentless arrest), not the background of the sentence's event",
    "At least ten students detained last week are still in jail.",
)
# The links by which the qualified noun is a party of its clause.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Prepositions of a time phrase that dates the act ("jailed IN 2019"); "held SINCE March" tells a state
# that goes on, the background of the sentence's event.
_TIME_PREPS = frozenset({"in", "on", "during"})
# The roots of force whose passive relative clause with a date of its own tells an act of its own.
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _own_time(tok: Token) -> bool:
    """Whether ``tok`` has a date phrase among its own dependents: "LAST MONTH", "IN 2019"."""
    for c in doccache.children(tok):
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and c.lower_ in _TIME_PREPS:
            if any(p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in doccache.children(c)):
                return True
    return False


def dated_relative(tok: Token, code: str) -> bool:
    """Whether the trigger ``tok`` coded ``code`` is a coercive participle (17x) qualifying its clause's
    subject or object, with no agent and a time phrase of its own; or an act of force told by a passive
    relative clause with a time phrase of its own ("Franco, who was SHOT DEAD IN MARCH last year")."""
    return _dated_force_relative(tok, code) or (
        code.startswith("17")
        and tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.dep_ in _PARTY_DEPS
        and not any(c.dep_ in ("agent", "aux", "auxpass") for c in doccache.children(tok))
        and _own_time(tok)
    )


def _dated_force_relative(tok: Token, code: str) -> bool:
    """ "the councillor, who was shot dead in March last year": a killing on a day of its own, told of the
    victims the sentence is about, is an act of force of its own, not the scene of the sentence's event
    (an arrest over it, a trial). Undated, the relative clause only says who the victims are."""
    return (
        code[:2] in _FORCE_ROOTS
        and tok.dep_ == "relcl"
        and any(c.dep_ == "auxpass" for c in doccache.children(tok))
        and not any(c.dep_ == "agent" for c in doccache.children(tok))
        and _own_time(tok)
    )
