"""Two acts reported as one, "X was ambushed near Y on Friday, and four soldiers were killed, the army
said": the parser hangs both clauses on the verb of saying after them, as two complements, not as a
clause and its conjunct. The second is the same story's next act: when it gives no date of its own it
takes the first one's, as a conjunct takes its head's ("were ambushed on Friday and killed").

Helper of ``newsevents.when`` (its shared-conjunct rule).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

REPORTED_PAIR = declare(
    "date",
    "reported-pair",
    "the second of two clauses joined by 'and' that the parser hung on one verb of saying after them "
    "takes the first one's date, as a conjunct does",
    "A convoy was ambushed near the border on Friday, and four officers were killed, the ministry said.",
)

_COORDINATORS = frozenset({"and"})


def earlier_pair(tok: Token) -> Token | None:
    """The first of the two reported clauses when ``tok`` is the second: a complement of a verb of saying
    that comes after both, whose sibling complement before it carries the "and" that joins them."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i <= tok.i or tok.pos_ not in ("VERB", "AUX"):
        return None
    for sib in doccache.children(head):
        if sib.dep_ != "ccomp" or sib.i >= tok.i or sib.pos_ not in ("VERB", "AUX"):
            continue
        joined = any(
            c.dep_ == "cc" and c.lower_ in _COORDINATORS and c.i > sib.i and c.i < tok.left_edge.i
            for c in doccache.children(sib)
        )
        if joined:
            return sib
    return None
