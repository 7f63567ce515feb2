"""Subordinate clauses that tell an act of their own although their shape reads as the scene.

Used by ``coding/scene.py`` when it decides which clauses only set the scene. A relative clause whose
actor is a pronoun describes its noun ("the hostages, whom they had seized"), unless it gives the act a day
of its own in a past finite verb ("the embassy, which they stormed late on Tuesday"). A clause the parser
hung on a noun as its content with no "that" and no object is a relative clause whose object is that noun
("..., claims Lima dismissed as lies"). A demand told as a participle on a statement ("condemned the raid,
demanding that ...") is a second statement, not the detail of the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container

from spacy.tokens import Token

from newsevents import doccache
from newsevents.annotations import annotation
from newsevents.coding.judged_claim import judged_claim
from newsevents.coding.lexicon import kind_of
from newsevents.coding.rules import declare
from newsevents.dated import own_dates

DATED_RELATIVE_ACT = declare(
    "select",
    "dated-relative-act",
    "a relative clause with its own actor, a past finite verb and a date of its own tells an act of its own",
    "Rebels held forty hostages at the consulate, which they stormed late on Wednesday.",
)
REDUCED_RELATIVE_ACT = declare(
    "select",
    "reduced-relative-act",
    "a past clause hung on a noun with no 'that' and no object is a relative clause: its named actor's act",
    "Hanoi said its boats had been rammed, claims Beijing dismissed as lies.",
)
DEMAND_ON_STATEMENT = declare(
    "select",
    "demand-on-statement",
    "a participle of demand on a verb of statement ('condemned X, demanding that ...') is a second "
    "statement of its own",
    "The council condemned the raid, demanding that Kigali withdraw its troops at once.",
)
DEMAND_BEFORE_MEASURE = declare(
    "select",
    "demand-before-measure",
    "a participle of demand set before the clause of a measure ('Demanding a truce, the council imposed "
    "sanctions') is a demand of its own, told first as a body's resolution tells it",
    "Demanding an end to the shelling, the council on Monday imposed an arms embargo on the junta.",
)

SPEAKER_PARTICIPLE = declare(
    "select",
    "speaker-participle",
    "a participle of statement on a speaker's 'said' ('..., the embassy said, calling the move hostile') is "
    "the speaker's statement, not a detail of the act reported",
    "Two envoys were expelled on Monday, the ministry said, calling the step hostile.",
)
OWN_CLAUSE_CONJUNCT = declare(
    "select",
    "own-subject-conjunct",
    "an elaborating participle gives way to the event it hangs on, not to a verb coordinated with it that "
    "has a subject of its own",
    "The envoy turned back at the airport, cancelling the visit, and Rome recalled its ambassador.",
)

# CAMEO roots of verbal acts: a participle of them on a speaker's "said" is that speaker's statement.
_VERBAL_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# CAMEO root of demands, and the roots of the statements on which such a participle is a second one
# (disapprove, reject, threaten, and comments). (An appeal, "..., urging talks", mostly says what the
# rejection or criticism wants instead: part of it.)
_DEMAND_ROOTS = frozenset({"10"})
# Pronouns of a group, a body or a state as the relative clause's actor ("which THEY stormed"); "the men
# HE met there" tells what a person did, a description of the people he met.
_COLLECTIVE_PRONOUNS = frozenset({"they", "it", "we"})
# Days from the report's date within which a dated relative clause tells the story's own news.
_RECENT = 31
_STATEMENT_ROOTS = frozenset({"01", "11", "12", "13"})
# Roots of measures (reducing relations, coercion: sanctions, bans, suspensions) before whose clause a
# demand participle is set apart as the body's own demand ("Demanding a truce, the council imposed ...");
# a participle after such a clause may tell what the measure is for, and is left to it.
_MEASURE_ROOTS = frozenset({"16", "17"})


def told_as_past(clause: Token) -> bool:
    """Whether a clause tells something that happened: a past or perfect verb ("fired", "has rejected",
    "had been seized"), not a present state ("whom they blame") or a plan ("before they disarm")."""
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.lemma_ == "have" or c.tag_ == "VBD")
        for c in doccache.children(clause)
    )


def dated_own_act(clause: Token, subject: Token, events: Container[int]) -> bool:
    """ "the embassy, which they stormed late on Tuesday": a relative clause whose own actor did its act
    in a past finite verb on a day of its own, in the days the report covers, tells an act of its own, even
    by a pronoun (of a group or a state). Undated ("the hostages, whom they had seized") it only describes
    its noun, as the main clause's act holds them; dated years before ("the ties they broke off in 1961")
    it is background."""
    if clause.i not in events or clause.tag_ != "VBD" or subject.lower_ not in _COLLECTIVE_PRONOUNS:
        return False
    dates = annotation(clause.doc, "ne_dates")
    if dates is None:
        return False
    # (a day of the story's own news: "the sanctions it imposed in 2001" is background, no new act)
    reference = dates.reference
    return any(
        w.precision == "day"
        and (reference is None or abs((reference - dt.date.fromisoformat(w.date)).days) <= _RECENT)
        for w in own_dates(dates, clause)
    )


def reduced_relative_act(clause: Token, events: Container[int]) -> bool:
    """ "..., claims Lima dismissed as lies": a past clause the parser hung on a noun as its content, with
    no "that" and no object of its own, is a relative clause whose object is the noun (the claims Lima
    dismissed), the act of the actor it names; "the claim that troops fired" stays the noun's content."""
    kids = doccache.children(clause)
    if clause.i not in events or any(c.dep_ in ("mark", "dobj") for c in kids) or not told_as_past(clause):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.tag_ != "PRP"
        and subject.pos_ in ("NOUN", "PROPN")
        and not any(t.lower_ in ("which", "that", "who", "whom", "whose") for t in doccache.subtree(subject))
    )


def demand_on_statement(clause: Token, code: str, head_code: str | None) -> bool:
    """Whether ``clause``, a participle with no subordinator and no subject ("..., demanding that Kigali
    withdraw"), makes a demand (``code``) on a verb that is itself a statement (``head_code``:
    "condemned the raid"), or set before a measure ("Demanding a truce, the council imposed sanctions"):
    the speaker said both. On a march or a visit, what it called for is its aim."""
    return (
        head_code is not None
        and clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "nsubj") for c in doccache.children(clause))
        and code[:2] in _DEMAND_ROOTS
        and (head_code[:2] in _STATEMENT_ROOTS or _fronted_on_measure(clause, head_code))
        and clause.lemma_.casefold() != "say"  # ("..., saying X must ...": the statement itself retold)
    )


def _fronted_on_measure(clause: Token, head_code: str) -> bool:
    """Whether participle ``clause`` is set before the clause of a measure (``_MEASURE_ROOTS``) it hangs
    on: "Demanding a truce, the council imposed sanctions" (``DEMAND_BEFORE_MEASURE``)."""
    return head_code[:2] in _MEASURE_ROOTS and clause.i < clause.head.i


def own_statement(clause: Token, code: str, head_code: str | None) -> bool:
    """Whether participle ``clause`` (coded ``code``) is a statement of its own: a demand on a statement
    (``demand_on_statement``), or a verbal act on the speaker's own verb of saying that names no event
    ("..., the embassy said, CALLING the expulsion unfriendly": the embassy's comment)."""
    if demand_on_statement(clause, code, head_code) or judged_claim(clause, code, head_code):
        return True  # (judged_claim: "..., calling Ottawa's claim absurd", coding/judged_claim.py)
    head = clause.head
    return (
        head_code is None
        and clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "nsubj") for c in doccache.children(clause))
        and code[:2] in _VERBAL_ROOTS
        and kind_of(head) == "report"
        and any(c.dep_ == "nsubj" for c in doccache.children(head))
    )


def events_above(clause: Token) -> set[int]:
    """The words above an elaborating participle that it may elaborate: its ancestors and the verbs
    coordinated with them that share their subject. A conjunct with a subject of its own ("..., cancelling
    the visit, and ROME recalled its envoy") is another clause's act, which the participle does not tell."""
    ancestors = list(clause.ancestors)
    return {a.i for a in ancestors} | {
        c.i
        for a in ancestors
        for c in doccache.children(a)
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in doccache.children(c))
    }
