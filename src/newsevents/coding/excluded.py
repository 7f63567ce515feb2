"""Refusals told without a verb of refusing: a party that rules out a cooperative act ("ruled out an
apology to Ankara", "ruled out talks with the rebels"), says it is out of the question ("said an apology
was out of the question", "lifting the sanctions is not an option, a spokesman said") or says it will not
be done ("said the reform would not be withdrawn") rejects it (CAMEO 12); the act itself is no event.
Read by the trigger stage (coding/triggers.py) after the stances of coding/stance.py; the predicates are
``refusal_predicates`` in ``coding/data/words.toml``."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import kind_of, lexicon
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

EXCLUDED_COOPERATION: str = declare(
    "trigger",
    "excluded-cooperation",
    "a cooperative act a party rules out or calls out of the question is the party's rejection (12) of "
    "it, aimed at the act's counterpart; the act is no event",
    "The premier ruled out an apology to Ruritania.",
)
# The rejection by the kind of act refused: meeting or negotiating (125), yielding (124), else a
# rejection in general (refusals to resign or to release, 083/084, are coding/refusals.py's).
_REJECTIONS = {"04": "125", "08": "124"}
_REJECT = "120"
# Roots of the cooperative acts (CAMEO 01-08) whose exclusion is a rejection; yielding is refusals.py's.
_COOPERATIVE = frozenset({"03", "04", "05", "06", "07", "08"})
_YIELDING = ("083", "084")


def cooperative(trigger: Trigger) -> bool:
    """Whether ``trigger`` tells a cooperative act whose exclusion is a rejection (not a yielding)."""
    code = trigger.coded_as
    return code[:2] in _COOPERATIVE and not code.startswith(_YIELDING)


def rejection(trigger: Trigger, verb: Token) -> Trigger:
    """The rejection, on ``verb``, of the act ``trigger`` tells, aimed at the act's own counterparts."""
    code = _REJECTIONS.get(trigger.coded_as[:2], _REJECT)
    pattern = construction("ne.excluded-cooperation", code, verb, "a party rules out a cooperative act")
    return Trigger(
        token=verb,
        pattern=pattern,
        noun=False,
        target_heads=trigger.target_heads or _counterparts(trigger.token),
        steps=(*trigger.steps, EXCLUDED_COOPERATION),
    )


def out_of_question(trigger: Trigger) -> Trigger:
    """ "said an apology to Ankara was out of the question": a cooperative act that is the subject of a
    refusal predicate, told by a reporting verb, is the speaker's rejection of it."""
    tok = trigger.token
    if not trigger.kept or not cooperative(trigger) or tok.dep_ not in ("nsubj", "csubj"):
        return trigger
    copula = tok.head
    if copula.lemma_ != "be" or not _refuses(copula, tok):
        return trigger
    report = copula.head if copula.dep_ in ("ccomp", "parataxis") else None
    if report is None:  # ("X is out of the question, a spokesman said": the report hangs from the copula)
        report = next((c for c in doccache.children(copula) if c.dep_ in ("ccomp", "parataxis")), None)
    if report is None or kind_of(report) != "report":
        return trigger
    return rejection(trigger, report)


def refused_passive(trigger: Trigger) -> Trigger:
    """ "said the reform would not be withdrawn": a cooperative act told in a negated future passive with
    no agent, reported by a party, is that party's refusal (the act's own subject is what it is done to)."""
    tok = trigger.token
    clause = tok.head if tok.dep_ == "conj" else tok  # ("said it was needed and would not be withdrawn")
    if not trigger.kept or trigger.noun or not cooperative(trigger) or clause.dep_ != "ccomp":
        return trigger
    children = list(doccache.children(tok))
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return trigger
    if not any(c.dep_ == "neg" for c in children) or not any(kind_of(c) == "intent-aux" for c in children):
        return trigger
    if kind_of(clause.head) != "report":
        return trigger
    return rejection(trigger, clause.head)


def _refuses(copula: Token, subject: Token) -> bool:
    """Whether the words after the copula (not its subject's, nor its adverbs: "is CURRENTLY out of the
    question") are a refusal predicate."""
    after = " ".join(
        t.lower_
        for t in doccache.subtree(copula)
        if t.i > copula.i and t.i > subject.i and not t.is_punct and t.dep_ != "advmod"
    )
    return any(after.startswith(p) for p in lexicon().refusal_predicates)


def _counterparts(tok: Token) -> tuple[Token, ...]:
    """The objects of the act's own prepositions and its direct or passive object ("an apology TO Ankara",
    "lifting the sanctions ON Burma", "talks WITH the rebels", "the sanctions on Iran would not be
    lifted")."""
    found = tuple(
        g
        for p in doccache.children(tok)
        if p.dep_ == "prep"
        for g in doccache.children(p)
        if g.dep_ == "pobj"
    )
    objects = tuple(o for o in doccache.children(tok) if o.dep_ in ("dobj", "nsubjpass"))
    found += tuple(
        g for o in objects for p in doccache.children(o) if p.dep_ == "prep" for g in doccache.children(p)
    )
    # (none named: the reporting verb's own object, "told the Senate", is no counterpart either)
    return found or objects


def ruled_out(trigger: Trigger, verb: Token, dropped: Trigger) -> Trigger:
    """ "ruled out an apology to Ankara": the rejection on the excluding verb for a cooperative act, else
    ``dropped`` (an excluded act of force or yielding is no event and no threat)."""
    return rejection(trigger, verb) if cooperative(trigger) else dropped
