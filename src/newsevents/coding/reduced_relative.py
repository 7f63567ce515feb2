"""Arrests told by a dated reduced relative: "eight activists DETAINED LAST MONTH remain in custody", "the
reporter JAILED IN 2019 was freed"; killings told by a dated passive relative clause ("the councillor and her
driver, who were shot dead IN MARCH last year"); and visits told by a dated clause on the subject ("the
minister, VISITING Lima ON FRIDAY, pledged ..."); and shows of force and withdrawals told by a dated
active relative clause ("shot down drones that CROSSED THE BORDER ON MONDAY").

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
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.rules import declare

__all__ = ["DATED_RELATIVE", "DATED_VISIT", "dated_act", "dated_doers", "dated_relative"]

DATED_RELATIVE = declare(
    "trigger",
    "dated-relative",
    "a coercive participle qualifying the sentence's subject or object with a time phrase of its own tells "
    "an act of its own (an agentless arrest), not the background of the sentence's event; so does a dated "
    "active relative clause of force posture or yielding ('drones that crossed the border on Monday')",
    "At least ten students detained last week are still in jail.",
)
DATED_VISIT = declare(
    "trigger",
    "dated-visit",
    "a visit told in a participle or relative clause on the sentence's subject, with a time "
    "phrase of its own ('the minister, visiting Lima on Friday, pledged ...'), is an event of its own, not "
    "the scene of the subject's act",
    "Chile's foreign minister, visiting Lima on Friday, pledged help for the flood victims.",
)
# Visits made and received (CAMEO 042, 043): a dated one is news of its own wherever the sentence tells it
# (not a meeting in general: "the leaders, meeting in Abuja on Sunday, agreed ..." is the agreement's scene).
_VISIT_CODES = frozenset({"042", "043"})
# The clauses on a subject noun that tell a dated visit: "X, VISITING Lima on Friday, ...", "X, who
# VISITED Lima on Friday, ...".
_SUBJECT_CLAUSES = frozenset({"acl", "relcl"})
# The links by which the qualified noun is a party of its clause.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Roots whose act a dated active relative clause tells as its own event: force posture (15: "drones that
# crossed the border on Monday") and yielding (08: "the army, which withdrew its units on Sunday"). Not
# assault (18), though relative_acts.py lets such a clause name its doer: on the probe a dated "blast that
# killed" or "bombing that tore" mostly restated an attack coded elsewhere, or an accident (three false
# alarms to one find).
_OWN_ACT_ROOTS = frozenset({"08", "15"})
# Tags of a relative pronoun that stands as the clause's subject ("drones THAT crossed the border").
_RELATIVE_SUBJECTS = frozenset({"WDT", "WP"})
# Prepositions of a time phrase that dates the act ("jailed IN 2019"); "held SINCE March" tells a state
# that goes on, the background of the sentence's event.
_TIME_PREPS = frozenset({"in", "on", "during"})


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
    relative clause with a time phrase of its own ("Franco, who was SHOT DEAD IN MARCH last year"), or a
    show of force or a withdrawal told by a dated active one ("drones that crossed the border on
    Monday")."""
    return (
        _dated_force_relative(tok, code)
        or _dated_active_relative(tok, code)
        or (
            code.startswith("17")
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.dep_ in _PARTY_DEPS
            and not any(c.dep_ in ("agent", "aux", "auxpass") for c in doccache.children(tok))
            and _own_time(tok)
        )
    )


def _dated_force_relative(tok: Token, code: str) -> bool:
    """ "the councillor, who was shot dead in March last year": a killing on a day of its own, told of the
    victims the sentence is about, is an act of force of its own, not the scene of the sentence's event
    (an arrest over it, a trial). Undated, the relative clause only says who the victims are."""
    return (
        code[:2] in FORCE_ROOTS
        and tok.dep_ == "relcl"
        and any(c.dep_ == "auxpass" for c in doccache.children(tok))
        and not any(c.dep_ == "agent" for c in doccache.children(tok))
        and _own_time(tok)
    )


def dated_act(tok: Token, code: str) -> bool:
    """Whether a trigger in a clause that would set the scene tells a dated act of its own: a dated
    reduced relative (``dated_relative``) or a dated visit on the subject (``_dated_visit``)."""
    return dated_relative(tok, code) or _dated_visit(tok, code)


def _dated_visit(tok: Token, code: str) -> bool:
    """ "the minister, visiting Lima on Friday, pledged ...": a visit on a day of its own, told
    by a clause on the sentence's subject, is an event of its own. Undated ("the minister, visiting Lima,
    ...") it only sets the scene of the subject's act."""
    return (
        code[:3] in _VISIT_CODES
        and tok.dep_ in _SUBJECT_CLAUSES
        and tok.head.dep_ in ("nsubj", "nsubjpass")
        and _own_time(tok)
    )


def dated_doers(clause: Token) -> list[Token]:
    """The doer of a dated active participle on a subject ("the MINISTER, visiting Lima on Friday"): the
    noun it qualifies (read by ``roles`` for the source of a dated visit; an undated participle on a
    subject sets the scene and reaches no role)."""
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or clause.head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [clause.head] if _own_time(clause) else []


def _dated_active_relative(tok: Token, code: str) -> bool:
    """ "shot down five drones THAT CROSSED THE BORDER ON MONDAY": a show of force or a withdrawal told by
    an active relative clause with a time phrase of its own is an act of its own, on its own day, not the
    scene of the sentence's event. Undated ("the drones that crossed the border") the clause only says
    which noun is meant."""
    return (
        code[:2] in _OWN_ACT_ROOTS
        and tok.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_SUBJECTS for c in doccache.children(tok))
        and _own_time(tok)
    )
