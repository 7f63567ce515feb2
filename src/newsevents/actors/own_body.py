"""A body named only by its owner: "its members", "his delegation", "its air defences", "the prime
minister's office" (rule ``owned-body``).

Such a phrase names no role and no country of its own, so no other phrase rule reads it and the act it
does found no source at all: "Oman reported that its air defences downed a drone", "the bloc said its
members would leave" were dropped. The head noun (``owned-bodies`` in ``data/words.tsv``) is a part or
organ of whoever owns it, so the phrase is its owner (an armed unit, ``owned-forces``, its owner's
military): a possessive pronoun's antecedent, or the one actor
a possessor noun names. Nouns of other people ("his wife", "their captors") are not in the list: their
owner is not who acts.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.coref import antecedent
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase
    from newsevents.actors.resolve import DocActors

__all__ = ["body_owner", "owned_body", "owned_body_noun"]

_BODIES = packaged_words().owned_bodies
_FORCES = packaged_words().owned_forces
_FORCE = "force"
# Only a subject is read so: as an object the body is most often the subject's own ("Peru's minister led
# his country's delegation in talks with Chile": the counterpart is Chile, not Peru).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def owned_body(p: Phrase) -> list[Actor] | None:
    """A body its own words name only by its owner is the owner: "Oman reported that its air defences
    downed a drone" -> Oman; "the premier's office said" -> the premier's government."""
    if not _acting(p.head) or p.role or p.countries or p.named or p.orgs:
        return None
    kind = owned_body_noun(p.head)
    owner = body_owner(p.actors, p.head, p.day) if kind else None
    if owner is None:
        return None
    if kind == _FORCE and owner.country:  # ("its air defences": the owner's armed forces)
        return [p.actor(owner.country, "MIL")]
    return [Actor(text=p.text, name=owner.name, country=owner.country, role=owner.role, code=owner.code)]


def _acting(head: Token) -> bool:
    """Whether ``head`` is a subject, or says whose a subject's message is ("a statement from the
    premier's office said")."""
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        head = head.head.head
    return head.dep_ in _SUBJECT_DEPS


def owned_body_noun(head: Token) -> str | None:
    """Which kind of body noun ``head`` is, alone ("delegation") or with its compound ("air defences",
    "member states"), compared as lemmas: ``"force"`` (an armed unit), ``"body"``, or None."""
    lemma = head.lemma_.casefold()
    compounds = [c for c in doccache.children(head) if c.dep_ == "compound"]
    names = [lemma, *(f"{c.lemma_.casefold()} {lemma}" for c in compounds)]
    if any(n in _FORCES for n in names):
        return _FORCE
    return "body" if any(n in _BODIES for n in names) else None


def body_owner(actors: DocActors, head: Token, day: dt.date | None) -> Actor | None:
    """The actor who owns the body at ``head``: a possessive pronoun's antecedent ("its members"), or the
    single actor a possessor phrase names ("the prime minister's office"); None when there is none."""
    possessor = next((c for c in doccache.children(head) if c.dep_ == "poss"), None)
    if possessor is None:
        return None
    if possessor.pos_ == "PRON":
        owner = antecedent(actors, possessor, day)
        return owner if owner is not None and owner.code else None
    found = {a.code: a for a in actors.resolve_all(possessor, day) if a.code}
    return next(iter(found.values())) if len(found) == 1 else None
