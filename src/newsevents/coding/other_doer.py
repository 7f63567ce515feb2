"""A party that does a friendly act of its own in a coordinated clause is no counterpart of its neighbour.

"Peru sent troops to its border, and the United States offered assistance": the second clause tells a
third party's own act (an offer, a statement, aid), side by side with the first. The fallback that aims a
show of force or a fight naming no target at the foreign party its sentence names
(``targets.nearby_foreign``, ``target:force-counterpart``) took the United States, the nearest foreign
name, as the side Peru's troops face. The subject of a conjunct clause whose own act is cooperative or
verbal (roots 01-09) is a doer beside the event, never its counterpart; a hostile conjunct ("and India put
its forces on alert") may be the rival's answer and keeps its name in play.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

__all__ = ["friendly_conjunct_doer"]

# Roots of the conjunct's own act that make its subject a side-by-side doer: statements, appeals, intents,
# consultation, cooperation, aid, yielding, inquiry (01-09); a demand, a protest or force (10-20) may be the
# answer of the very party the event faces.
_FRIENDLY_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def friendly_conjunct_doer(last: int, trigger: Token) -> bool:
    """Whether the name ending at token ``last`` is (in) the subject of a verb coordinated with the verb of
    ``trigger`` whose own kept trigger codes a cooperative or verbal act."""
    doc = trigger.doc
    tok = doc[last]
    while tok.dep_ in ("compound", "amod", "det", "poss", "conj", "cc") and doccache.head(tok).i != tok.i:
        tok = doccache.head(tok)
    if tok.dep_ not in _SUBJECT_DEPS:
        return False
    verb = doccache.head(tok)
    if verb.i == trigger.i or verb not in _clause_conjuncts(trigger):
        return False
    return any(
        t.kept and t.token.i == verb.i and t.coded_as[:2] in _FRIENDLY_ROOTS for t in doc._.ne_triggers or ()
    )


def _clause_conjuncts(trigger: Token) -> tuple[Token, ...]:
    """The verbs coordinated with the verb of ``trigger`` (itself, or the verb a noun trigger hangs from)."""
    verb = trigger
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or doccache.head(verb).i == verb.i:
            break
        verb = doccache.head(verb)
    return doccache.conjuncts(verb)
