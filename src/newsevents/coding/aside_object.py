"""Parse repair of ``coding/reattach``: a verb's object set off from it by a comma-enclosed aside.

"The league suspended, with immediate effect, the Republic of Ruritania from all competitions": official
texts put the manner of an act ("with immediate effect", "once again", "in the strongest terms") between
commas right after the verb. When the object that follows is a proper name, the small English model reads
it as the verb's noun modifier (npadvmod), object predicate (oprd) or apposition, so the verb has no
object and the act, which codes through its object (an actor object makes a suspension 16), finds nobody.
Such a word that opens right after the closing comma of an aside that itself opens right after a verb
with no object is made that object, and the prepositions after it (other than "of") the verb's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents import doccache, labels
from newsevents.coding.rules import declare

ASIDE_OBJECT = declare(
    "target",
    "aside-object",
    "a name after a comma-enclosed aside that follows its verb ('suspended, with immediate effect, the "
    "Republic of X') is the verb's object, not a noun modifier",
    "The league suspended, with immediate effect, the Republic of Ruritania from all competitions.",
)

# What the parser makes of such an object: a noun modifier, or an object predicate with no object, or
# an apposition to the verb.
_MISREAD = frozenset({"npadvmod", "oprd", "appos"})
# Named entities that are the noun modifiers they look like ("agreed, on Monday, Tuesday ...").
_TIME_ENTS = frozenset({"DATE", "TIME"})
# How long an aside may be before a comma is more likely a list's than an aside's.
_MAX_ASIDE = 6


def aside_objects(doc: Doc) -> int:
    """Make each noun modifier that follows a verb's comma-enclosed aside the verb's object; the number
    mended. Runs in the reattach stage (spaCy's own children: doccache's tables are built after it)."""
    mended = 0
    for tok in doccache.tokens(doc):
        if tok.dep_ not in _MISREAD or tok.pos not in (labels.POS_PROPN, labels.POS_NOUN):
            continue
        verb = None if tok.ent_type_ in _TIME_ENTS else _verb_before_aside(tok)
        if verb is None:
            continue
        if verb.i != tok.head.i:
            tok.head = verb  # ("Decides to suspend, ..., the Republic": read as the governing verb's)
        tok.dep_ = "dobj"
        after = [c for c in tok.children if c.dep == labels.PREP and c.i > tok.i and c.lower != labels.OF]
        for prep in after:
            prep.head = verb  # ("... the Republic of X FROM all activities": the verb's, not the name's)
        mended += 1
    return mended


def _verb_before_aside(tok: Token) -> Token | None:
    """The verb with no object of its own whose comma-enclosed aside ends right before ``tok``'s phrase,
    when ``tok`` hangs on it (or on the verb it is the complement of); else None."""
    doc = tok.doc
    close = tok.left_edge.i - 1
    if close < 3 or doc[close].text != ",":
        return None
    opening = next(
        (i for i in range(close - 2, max(0, close - 2 - _MAX_ASIDE), -1) if doc[i].text == ","), None
    )
    if opening is None or opening < 1:
        return None
    verb = doc[opening - 1]
    if verb.pos != labels.POS_VERB or doc[opening + 1].head.i != verb.i:
        return None
    if tok.head.i != verb.i and (verb.head.i != tok.head.i or verb.dep not in (labels.XCOMP, labels.CONJ)):
        return None
    return None if any(c.dep in (labels.DOBJ, labels.NSUBJPASS) for c in verb.children) else verb
