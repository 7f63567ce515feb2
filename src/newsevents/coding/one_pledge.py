"""Several acts promised in one breath: "Lima and Quito agreed to swap liaison officers, share radar data and
hold joint coast patrols", "Lisbon threatened to recall its envoy and freeze ties". The verb of intent,
agreement or threat is one announcement, and the infinitives coordinated under it are its contents; each
reads its own intent code (032, 031, 035; 1313), so the drafts differ in code and often in the role or
name of the counterpart ("X's coast guard" against "X's government"), and selection's restatement rule
kept them apart as two or three records of one pledge (corpus/README.md: one gold event per real event;
announced decisions are coded as the announcement).

Read by selection's merging through ``retold.folded_step``. Acts told as done stay apart as before
(coding/coordinated.py lists measures one by one); a conjunct with a subject of its own ("and that Y would
ease ...") is another announcement.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.semantics import symmetric

ONE_PLEDGE = declare(
    "select",
    "one-pledge",
    "acts of one root promised, agreed on or threatened together (infinitives coordinated under one verb of "
    "intent, with one subject) by one party to one counterpart country are one announcement: one record",
    "Lima and Quito agreed to swap liaison officers, share radar data and hold joint coast patrols.",
)
# Dependencies of a subject of its own on a coordinated verb.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Conjunctions that join alternatives: "would sign or ratify" tells one act two ways, left to other rules.
_ALTERNATIVES = frozenset({"or", "nor"})


def pledge_step(a: Draft, b: Draft) -> str | None:
    """ONE_PLEDGE when two intended drafts of one CAMEO root are verbs coordinated with each other under
    one governing verb (the later with no subject of its own), by one source country to one target
    country (either way round for a symmetric act); else None."""
    if a.modality != "intended" or b.modality != "intended" or a.code[:2] != b.code[:2]:
        return None
    if a.trigger.noun or b.trigger.noun or a.token.i == b.token.i:
        return None
    first, second = (a.token, b.token) if a.token.i < b.token.i else (b.token, a.token)
    if not _coordinated(first, second):
        return None
    if not one_pair(a, b):
        return None
    return ONE_PLEDGE


def _coordinated(first: Token, second: Token) -> bool:
    """Whether ``second`` is a conjunct of ``first`` (directly or down a list) with no subject of its own,
    joined by "and" or a comma rather than "or"."""
    head = second
    while head.dep_ == "conj" and head.i != first.i:
        head = head.head
    if head.i != first.i or second.i == first.i:
        return False
    if any(c.dep_ in _SUBJECTS for c in doccache.children(second)):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in _ALTERNATIVES for c in doccache.children(first))


def one_pair(a: Draft, b: Draft) -> bool:
    """Whether both drafts go from one source country to one target country (the target a draft leaves
    implicit counts); a symmetric act may name the pair either way round. Also read by
    ``coding.told_twice``."""
    pair_a = (a.source.country, _target_country(a))
    pair_b = (b.source.country, _target_country(b))
    if None in pair_a or None in pair_b:
        return False
    return pair_a == pair_b or (symmetric(a.code) or symmetric(b.code)) and pair_a == pair_b[::-1]


def _target_country(d: Draft) -> str | None:
    target = d.aimed
    return target.country if target is not None else None
