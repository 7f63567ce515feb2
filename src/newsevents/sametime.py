"""A date in a clause of the same time as its head ("killed hundreds WHEN they cleared the camps in
August", "fired tear gas AS crowds marched on Sunday"): it dates the head clause's act too, when that has
no date of its own.

Helper of ``newsevents.when`` (with ``dateclause.object_infinitive``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import dateclause, doccache
from newsevents.coding.rules import declare

SAME_TIME_CLAUSE = declare(
    "date",
    "same-time-clause",
    "an undated act takes the date of its 'when', 'as' or 'while' clause, which tells the same moment",
    "Troops killed two people when they broke up a march in the capital on Sunday.",
)
# Subordinators of a clause that tells the same moment as the clause it hangs from.
_SAME_TIME = frozenset({"when", "as", "while"})


def inner_date(anchor: Token, heads: set[int]) -> bool:
    """Whether a date of the clause at ``anchor`` dates one of ``heads`` when they have none of their own:
    an infinitive on their object (``dateclause.object_infinitive``), a participle describing their object
    (``object_participle``), a past participle describing an event noun among them or a same-time clause
    on them."""
    if dateclause.object_infinitive(anchor, heads) or object_participle(anchor, heads):
        return True
    if anchor.dep_ == "acl" and anchor.tag_ == "VBN" and anchor.head.pos_ in ("NOUN", "PROPN"):
        return anchor.head.i in heads  # ("his indictment, ISSUED in May 1999": the event noun's own date)
    return (
        anchor.dep_ == "advcl"
        and anchor.head.i in heads
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in _SAME_TIME for c in doccache.children(anchor))
    )


def object_participle(anchor: Token, heads: set[int]) -> bool:
    """Whether ``anchor`` is a present participle describing the object of one of ``heads``: in "seized a
    tanker CARRYING crude off the coast on Saturday" the parser hangs the date on the participle, but a
    ship's cargo has no day; the date is the seizure's (pedge). The parser may also make the participle the
    verb's own complement ("hijacked a tanker CARRYING oil": xcomp), which is one clause with it; so is
    a past participle complement ("were found SHOT dead on Wednesday")."""
    if anchor.dep_ == "xcomp" and anchor.tag_ == "VBN" and anchor.head.pos_ == "VERB":
        return anchor.head.i in heads  # ("were found SHOT dead on Wednesday"; not "was to be sworn in")
    if anchor.tag_ != "VBG":
        return False
    if anchor.dep_ == "xcomp":
        return anchor.head.i in heads
    noun = anchor.head
    return anchor.dep_ == "acl" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in heads
