"""The complement of "called X Y" that the parser hung inside X.

In "called the raid on a relief convoy a bloody massacre" the parser may attach "a massacre" as an
apposition of "convoy", the last noun of the object phrase, not of "raid" or of the verb. An apposition
that closes the object phrase is then the complement of the judgement (``coding/judgement.py`` reads its
tone); one inside the phrase ("the envoy, a veteran, in Lima") is a description of its own noun. Likewise
an adjective the parser hung after the object as its modifier ("called the move HOSTILE to Spain"): an
English adjective modifier stands before its noun, so one after it is the complement.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache


def closing_appos(obj: Token) -> Token | None:
    """The apposition of ``obj`` itself, else one deeper in its phrase whose words end the phrase."""
    own = next((c for c in doccache.children(obj) if c.dep_ == "appos"), None)
    if own is not None:
        return own
    end = obj.right_edge
    while end.i > obj.i and end.is_punct:
        end = end.doc[end.i - 1]
    return next((t for t in doccache.subtree(obj) if t.dep_ == "appos" and t.right_edge.i >= end.i), None)


def closing_complement(obj: Token) -> Token | None:
    """The closing apposition of ``obj`` (``closing_appos``), else an adjective hung after it as its
    modifier ("called the move hostile to Madrid"), which is the judgement's complement."""
    appos = closing_appos(obj)
    if appos is not None:
        return appos
    return next((c for c in doccache.children(obj) if c.dep_ == "amod" and c.i > obj.i), None)
