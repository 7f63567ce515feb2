"""Subjects the parser took from the dateline: in "NEW YORK, April 24 (Wire) - U.N. chief Ban Ki-moon
pressed ...", the small model can make the dateline's place the verb's subject and hang the real one
(the name right after the dash) on the verb as a bare noun modifier. The name between the dateline and
the verb is the subject; the dateline's place never is.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.annotations import annotation

# the labels the parser gives the displaced subject noun (a bare noun phrase before the verb)
_DISPLACED = frozenset({"npadvmod", "nmod", "dep", "appos"})


def undatelined(tok: Token, found: list[Token]) -> list[Token]:
    """``found`` (the nsubj children of ``tok``) with a subject inside the article's dateline replaced
    by the noun phrase between the dateline and the verb, when the parser hung one on the verb."""
    if not found:
        return found  # (before the dateline is read)
    doc = tok.doc
    dateline = annotation(doc, "ne_dateline")
    if dateline is None or not all(dateline.start <= s.i < dateline.end for s in found):
        return found
    displaced = [
        c
        for c in doccache.children(tok)
        if c.dep_ in _DISPLACED and c.pos_ in ("PROPN", "NOUN") and dateline.end <= c.i < tok.i
    ]
    return displaced[-1:] or found
