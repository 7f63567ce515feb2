"""The thing judged in "called X Y" when the parser folded X into the complement.

``coding/judgement.py`` reads "called X Y" from the verb's object X and its complement Y. The small
parser often leaves no object: it hangs X inside Y. When X is a subject or a noun compound of Y
("called [the plan reckless]", "called [the election illegal]") ``judged_inside`` finds it, as before.
Two more misparses are read here:

* X hung as a modifier of Y although it has a determiner of its own ("called [the ruling] [a
  betrayal]" read as one phrase "the ruling a betrayal", "called [the storming] treasonous"): a
  modifier with its own determiner opens a noun phrase of its own, so it is the thing judged;
* X taken for the complement and Y hung under it as its object ("called the shelling an invasion",
  with "invasion" the object of "shelling"): a noun has no object in English, so the object is the
  complement and its head the thing judged.

``split_complement`` gives the words of the verdict in either case; the judgement module reads their
tone as it reads any complement's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

CALLED_SPLIT = declare(
    "trigger",
    "called-split",
    "'called X Y' the parser read as one phrase ('called the ruling a betrayal' with 'ruling' a modifier "
    "of 'betrayal', 'called the shelling an invasion' with 'invasion' its object): X is the thing judged, "
    "Y the verdict, coded by its tone as any 'called X Y'",
    "Quito called the ruling a betrayal of the region.",
)
# Tags of a word that can head the thing judged: a noun, or a gerund read as one ("the shelling").
_THING_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "VBG"})


def judged_inside(complement: list[Token]) -> Token | None:
    """The thing judged when the parser put it inside the complement: "called [the plan reckless]" as a
    small clause (its subject), "called [the election illegal]" with "election" a compound of "illegal"."""
    for c in complement:
        inner = doccache.children(c)
        found = next((s for s in inner if s.dep_ == "nsubj"), None)
        if found is None and c.dep_ == "oprd":
            found = next((s for s in inner if s.dep_ in ("compound", "nmod") and s.pos_ == "NOUN"), None)
        if found is not None:
            return found
    return None


def split_complement(complement: list[Token]) -> list[Token] | None:
    """The words of the verdict when the thing judged was folded into the complement (module doc), else
    None."""
    for c in complement:
        if c.dep_ != "oprd":
            continue
        own = next((s for s in doccache.children(c) if _own_phrase(s)), None)
        if own is not None:  # ("the ruling a betrayal": the verdict is the complement without "the ruling")
            skip = {t.i for t in doccache.subtree(own)}
            return [t for t in doccache.subtree(c) if t.i not in skip]
        if c.tag_ in _THING_TAGS:
            said = next((s for s in doccache.children(c) if s.dep_ == "dobj" and s.i > c.i), None)
            if said is not None:  # ("the shelling an invasion of its soil")
                return list(doccache.subtree(said))
    return None


def _own_phrase(tok: Token) -> bool:
    """A noun hung before its head as a modifier that has a determiner of its own: a phrase of its own."""
    if tok.dep_ != "amod" or tok.i > tok.head.i or tok.tag_ not in _THING_TAGS:
        return False
    return any(c.dep_ in ("det", "poss") for c in doccache.children(tok))
