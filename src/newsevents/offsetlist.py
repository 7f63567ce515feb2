"""An act listed after an offset clause that the parser hung on the main verb: "The junta leader said on
Friday that nobody would remove him, a day after his troops stormed the parliament, ARRESTED the prime
minister and dissolved the cabinet".

The parser often makes the second act of the list a conjunct of the sentence's main verb ("said"), so it
took the main clause's date (Friday) instead of the offset clause's day (Thursday). A conjunct with no
subject of its own that comes right after a comma closing an offset clause ("a day after X stormed ...,")
continues that clause's list of acts: it is reckoned from the same offset. With a subject of its own after
", and" it goes back to the main clause instead (``newsevents.offsetconj``).

Helper of ``newsevents.when``: an event dated this way records the offset rule's step (``date:offset``),
whose description covers such lists.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# Subordinators whose clause is counted from another's day ("a day AFTER ...", "two days BEFORE ...").
_OFFSET_MARKS = frozenset({"after", "before"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def listed_after_offset(clause: Token) -> Token | None:
    """The verb of the offset clause whose list of acts the conjunct ``clause`` continues, else None: a
    verbal conjunct with no subject, hung on an earlier verb, whose words start right after "X," where X
    is the last word of a clause marked "after" or "before" that lies inside its head's clause."""
    head = clause.head
    if clause.dep_ != "conj" or head.i >= clause.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _SUBJECTS for c in doccache.children(clause)):
        return None
    start = clause.left_edge.i
    doc = clause.doc
    if start < 2 or doc[start - 1].text != ",":
        return None
    for verb in doccache.subtree(head):
        if not head.i < verb.i < start or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.right_edge.i != start - 2:  # (its clause ends at the comma before the conjunct)
            continue
        if any(c.dep_ == "mark" and c.lower_ in _OFFSET_MARKS for c in doccache.children(verb)):
            return verb
    return None
