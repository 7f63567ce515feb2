"""A participle after a comma that closes a permitted or caused clause belongs to the permitting verb:
"Britain let the general go home on Thursday, rejecting Spain's request", "the minister allowed the
ship to sail, ending a week-long standoff". spaCy hangs the participle on the nearest verb, the
permitted clause's ("go", "sail"), whose subject is the one permitted; the act the participle tells
(rejecting a request, ending a standoff) is then read as the permitted person's, so the rejection is
coded from the general, or lost. The permitting party is who does it, so the participle is made an
adverbial clause of the permitting verb. Run by the parse-mending stage (``coding/reattach.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import doccache
from newsevents.coding.rules import declare

__all__ = ["PERMITTED_CLAUSE", "lift_participles"]

PERMITTED_CLAUSE = declare(
    "trigger",
    "permitted-clause-participle",
    "a participle after a comma on a clause that a verb of letting or causing governs ('let the general "
    "go home, rejecting the request') is the letting party's act, not the permitted person's",
    "Ruritania let the trawler sail on Friday, ending a week-long standoff.",
)
# Verbs of letting and causing whose clause has its own subject, the one let or made to act.
_PERMITTING = frozenset({"let", "allow", "permit", "enable", "help", "make"})
# Relations of the permitted clause to the permitting verb.
_PERMITTED = frozenset({"ccomp", "xcomp"})


def lift_participles(doc: Doc) -> int:
    """Re-hang on the permitting verb each comma-led participle of a permitted clause; the number moved."""
    moved = 0
    for part in doccache.adverbial_participles(doc):
        clause = part.head
        if clause.dep_ not in _PERMITTED or clause.i >= part.i or part.i == 0:
            continue
        permitting = clause.head
        if permitting.lemma_.casefold() not in _PERMITTING or doc[part.i - 1].text != ",":
            continue
        part.head = permitting
        moved += 1
    return moved
