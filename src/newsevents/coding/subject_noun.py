"""An act noun that is the subject of a verb telling the same act: "relief flights from Oman landed in
Aden", "an aid convoy from Jordan reached the town". The noun is a trigger of its own (a carrier noun,
``trigger:carrier-noun``: the flights carry aid) and so is the verb (landing with aid, reaching a place
with it), both of one CAMEO root and one sender; the two are one delivery told once (corpus/README.md:
one gold event per real event). Selection's restatement rule did not fold them when the noun's "from"
phrase gives its sender a role the verb's subject lacks (Oman's government against Oman), nor when the
noun has no target yet (its aid-scene target is set after merging).

Read by selection's merging through ``retold.folded_step``; dates that disagree are checked by the caller
first.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

SUBJECT_NOUN = declare(
    "select",
    "act-noun-subject",
    "an act noun that is the subject of a verb of the same CAMEO root and sender ('relief flights from X "
    "landed') is the verb's act named by its subject: one record",
    "Relief flights from Oman landed in Aden on Monday.",
)
# Dependencies of a verb's subject, active or passive.
_SUBJECTS = ("nsubj", "nsubjpass")


def subject_noun_step(a: Draft, b: Draft) -> str | None:
    """SUBJECT_NOUN when one draft's trigger is a noun that is the subject of the other's trigger, of the
    same CAMEO root and source country, and the noun names no other target country; else None."""
    noun, verb = (a, b) if a.token.head.i == b.token.i else (b, a)
    if not noun.trigger.noun or noun.token.dep_ not in _SUBJECTS or noun.token.head.i != verb.token.i:
        return None
    if noun.token.i == verb.token.i or noun.code[:2] != verb.code[:2]:
        return None
    source = noun.source.country
    if source is None or verb.source.country != source:
        return None
    if noun.target is not None and verb.target is not None and noun.target.country != verb.target.country:
        return None
    return SUBJECT_NOUN
