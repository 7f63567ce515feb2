"""A clause that closes an offset clause and returns to the sentence's own time: "Peru expelled the envoy
on Thursday, three days after troops crossed the border, AND BOLIVIA CONDEMNED the incursion".

The parser hangs the last clause as a conjunct of the verb inside "three days after ...", so it would take
that clause's offset day (and share its date). A comma before the "and", and a subject of its own, close
the offset clause: the conjunct goes back to the main clause, whose date the sentence rule gives it. Without
the comma ("two days after the minister ordered them out and Bolivia recalled its envoy") the conjunct is
read as part of the offset clause, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

BACK_TO_MAIN = declare(
    "date",
    "offset-conjunct-back",
    "a conjunct with its own subject after ', and' that closes a 'three days after X' clause is the "
    "sentence's own act: it takes neither the offset clause's day nor its date",
    "Peru expelled the envoy on Thursday, three days after troops crossed the border, and Bolivia "
    "condemned the incursion.",
)

# Subordinators whose clause is counted from another's day ("a day AFTER ...", "two days BEFORE ...").
_OFFSET_MARKS = frozenset({"after", "before"})
_COORDINATORS = frozenset({"and", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def back_to_main(clause: Token) -> bool:
    """Whether conjunct ``clause`` follows ", and" after an offset clause it is parsed into (its head, a
    verb marked "after" or "before" that hangs from an earlier verb) and has a subject of its own."""
    head = clause.head
    if clause.dep_ != "conj" or head.i >= clause.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in _SUBJECTS for c in doccache.children(clause)):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in _OFFSET_MARKS for c in doccache.children(head))
    if not marked or head.head.i >= head.i:
        return False
    start = clause.left_edge.i
    doc = clause.doc
    return start >= 2 and doc[start - 1].lower_ in _COORDINATORS and doc[start - 2].text == ","
