"""A verb coordinated with a subject of its own heads a clause of its own: its object is not shared.

``syntax.shared_object_verbs`` lets a verb with no object share the object of the verb coordinated with
it ("freeze or seize the assets": the assets are frozen too), so that a pattern's object words can read
what the pair of verbs acts on. A conjunct with its own subject is another party's clause, and its object
is no part of the first verb: in "Riyadh called for calm, and Moscow requested a meeting of the council"
the meeting is Moscow's request, so "call ... meeting of the council" (a leader convening his own council,
no event) must not fire on Riyadh's appeal, which stays a call for calm. (A conjunct with no subject of its
own still shares: "condemned and rejected the plan".)
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.rules import declare

__all__ = ["OWN_SUBJECT", "shares_object"]

OWN_SUBJECT = declare(
    "trigger",
    "own-subject-conjunct",
    "a verb coordinated with a subject of its own is a clause of its own: the verb before it borrows none "
    "of its object",
    "Ruritania urged calm, and Borduvia requested a meeting of the council (the meeting is Borduvia's).",
)


def shares_object(verb: Token) -> bool:
    """Whether ``verb``, a child of a trigger, is a verb coordinated with it whose object the trigger may
    share: a conjunct verb with no nominal subject of its own."""
    if verb.dep != labels.CONJ or verb.pos != labels.POS_VERB:
        return False
    return not any(c.dep == labels.NSUBJ for c in doccache.children(verb))
