"""A party naming its own act: "Baku launched what it called counter-terror operations", "the army began
what it described as a clean-up". The free relative ("what it called X") is the object of the party's
own verb, and the name is the party's word for what it does: no judgement of anyone and no act of its
own. Whatever the judging verb coded (a judgement, or a pattern's "called a strike") gives way, read by
the modality stage beside the other clauses that tell no act; the act is coded on the party's verb,
whose pattern reads the named thing among its object's words.

A free relative elsewhere is a judgement as before: "cancelled aid over what it called Islamabad's
failure" judges another party's conduct, "what the ministry called months of accusations" names
something others did.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

OWN_NAMING = declare(
    "select",
    "own-naming",
    "'what it called X' as the object of the namer's own verb is its name for what it does: no "
    "judgement and no act of its own",
    "Baku launched what it called counter-terror operations in the region.",
)

# The pronoun that heads a free relative ("WHAT it called an operation").
_FREE_RELATIVE = "what"
# Pronouns by which the namer is the party of the verb the free relative is the object of.
_OWN = frozenset({"it", "he", "she", "they", "we"})


def names_own_object(tok: Token) -> bool:
    """Whether the judging verb ``tok`` ("called") heads a free relative that is the object of its own
    speaker's verb: "[Baku] launched [what it called X]"."""
    if tok.dep_ != "ccomp" or tok.head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == _FREE_RELATIVE for c in doccache.children(tok)):
        return False
    if any(c.dep_ == "dobj" for c in doccache.children(tok.head)):
        return False  # (the governing verb has an object of its own: the clause is no object of it)
    namer = next((c for c in doccache.children(tok) if c.dep_ == "nsubj"), None)
    return namer is not None and namer.lower_ in _OWN and tok.i > tok.head.i

