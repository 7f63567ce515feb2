""" "Cannot help but condemn", "could not but express indignation" (issue 10, probe set pasia).

The idiom of official statements, common in translated East Asian English, says the act was done: the
speaker was unable NOT to do it. Its "not" negates only "help" (or the modal), so the act after "but" is
asserted, neither negated nor hypothetical, and "help" itself is no act (no aid, no refusal of aid).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

IDIOM_HELP = declare(
    "modality",
    "cannot-help-but",
    "'cannot help but' / 'could not help but' is no act of helping: the act after 'but' is the one told",
    "Seoul could not help but deplore the visit.",
)
IDIOM_ACT = declare(
    "modality",
    "cannot-but-act",
    "the act after 'cannot (help) but' / 'could not (help) but' is asserted: the negation and the modal "
    "belong to the idiom, not to the act",
    "Hanoi could not but express indignation at the seizure.",
)
# The verb of the longer form of the idiom.
_HELP = "help"
# Dependents by which "help" has its own sense (someone or something helped).
_OBJECTS = frozenset({"dobj", "dative", "xcomp", "ccomp", "prep"})


def helping_idiom(tok: Token) -> bool:
    """Whether ``tok`` is the "help" of "cannot help but X": negated, with "but" and a verb joined to it."""
    if tok.lemma_.casefold() != _HELP or tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = doccache.children(tok)
    # (helping someone is the verb's own sense: "will not help Tokyo but will condemn it")
    return (
        not any(c.dep_ in _OBJECTS for c in kids)
        and any(c.dep_ == "neg" for c in kids)
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in kids)
        and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in kids)
    )


def idiom_act(tok: Token) -> bool:
    """Whether verb ``tok`` is the act of the idiom: joined (through a chain of conjuncts) to the "help"
    of "cannot help but", or itself carrying "but" after a negated modal ("could not but express")."""
    if tok.pos_ != "VERB":
        return False
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
        if helping_idiom(cur):
            return True
    kids = doccache.children(tok)
    buts = [c for c in kids if c.dep_ == "cc" and c.lower_ == "but" and c.i < tok.i]
    if not buts:
        return False
    modals = [c for c in kids if c.dep_ == "aux" and c.tag_ == "MD" and c.i < buts[0].i]
    return any(n.dep_ == "neg" and n.i < buts[0].i for m in modals for n in (*doccache.children(m), *kids))
