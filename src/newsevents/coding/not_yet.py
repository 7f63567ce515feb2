"""Acts still to come: "Hungary has yet to ratify the treaty", "the aid is yet to arrive" say the act has
not happened, as "failed to" does (modality reading FAILED): no event. So does an obligation still to be
met: "the pact still has to be ratified by the senate", "Lima will have to withdraw", "the deal needs to be
approved" tell what must yet happen, as "must be ratified" does (a modal the modality stage reads as
hypothetical). An obligation of the past ("had to withdraw", "needed to flee") was met: the act happened.
(A speaker's "X has to free Y" is a demand of X: coding/demands.py codes it on the speaking verb.)"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# The verbs that carry "yet to" ("HAS yet to ratify", "IS yet to arrive") and the adverb itself.
_CARRIERS = frozenset({"have", "be"})
_YET = "yet"
# Verbs of obligation that govern a 'to' clause ("HAS to be ratified", "NEEDS to approve"), and their
# tags of the past, when the obligation was met.
_OBLIGATIONS = frozenset({"have", "need"})
_PAST = frozenset({"VBD", "VBN"})


def not_yet(gov: Token) -> bool:
    """Whether ``gov`` is a "have/be yet to" governor of its infinitive, or a "has/needs to" one of an
    obligation still to be met."""
    lemma = gov.lemma_.casefold()
    return (
        lemma in _CARRIERS and any(c.dep_ == "advmod" and c.lower_ == _YET for c in doccache.children(gov))
    ) or (lemma in _OBLIGATIONS and _still_due(gov))


def _still_due(gov: Token) -> bool:
    """ "has to", "have to", "needs to", "will have to": an obligation verb of the present or the future
    with its 'to' clause."""
    if gov.tag_ in _PAST or any(a.dep_ == "aux" and a.tag_ in _PAST for a in doccache.children(gov)):
        return False  # ("had to withdraw", "has had to flee": the act was done)
    clauses = (c for c in doccache.children(gov) if c.dep_ == "xcomp")
    return any(a.dep_ == "aux" and a.lower_ == "to" for c in clauses for a in doccache.children(c))
