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
# the entity labels of a time phrase the parser also hangs on the verb as a bare noun ("The Council TODAY
# adopted", "The Board TUESDAY approved"): when of the day, never the displaced subject
_TIMES = frozenset({"DATE", "TIME"})
# the labels of a participle phrase the parser hangs on the dateline's place ("leaders MEETING in ...")
_PARTICIPLE = frozenset({"acl", "appos", "relcl"})


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
        if c.dep_ in _DISPLACED
        and c.pos_ in ("PROPN", "NOUN")
        and c.ent_type_ not in _TIMES
        and dateline.end <= c.i < tok.i
    ]
    return displaced[-1:] or _swallowed(tok, found, dateline.end) or found


def _swallowed(tok: Token, found: list[Token], end: int) -> list[Token]:
    """The subject the parser hung on the dateline's place itself, with the participle phrase after it:
    "TOKYO, May 2 (Wire) - G7 leaders MEETING in Hiroshima condemned ...", where 'leaders' is the place's
    apposition or a compound of 'meeting', a modifier of the place. Such a noun whose phrase opens the
    sentence after the dateline is the subject."""
    places = {s.i for s in found}
    # (its phrase opens the sentence after the dateline: a noun further on is another garbled phrase's)
    first = next((t.i for t in tok.doc[end : tok.i] if not t.is_punct), tok.i)
    nouns = [
        t
        for t in tok.doc[end : tok.i]
        if t.pos_ in ("PROPN", "NOUN")
        and t.left_edge.i == first
        and (
            (t.head.i in places and t.dep_ in _DISPLACED)
            or (_participle(t.head) and t.head.head.i in places and t.i < t.head.i)
        )
    ]
    return nouns[-1:]


def _participle(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.dep_ in _PARTICIPLE
