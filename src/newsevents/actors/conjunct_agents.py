"""A generic agent that is the subject of a clause coordinated with one whose subject names its country:
"Chinese coast guard ships rammed the boat, and sailors boarded it" (the sailors are Chinese, whatever
place the sentence names). Read by the phrase rule ``agent-in-context`` (actors/phrases.py) before it
places the agent by the sentence's places."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def conjunct_clause_country(actors: DocActors, head: Token, role: str, day: dt.date | None) -> str | None:
    """The country of the first clause's subject when ``head`` is the subject of a coordinated clause
    and that subject is an agent of the same role ("forces ... and troops"), else None."""
    verb = head.head
    if head.dep_ not in _SUBJECTS or verb.dep_ != "conj":  # (a subject is never its own head)
        return None
    first = verb.head
    subjects = [c for c in doccache.children(first) if c.dep_ in _SUBJECTS and c.i < head.i]
    found = (a for s in subjects for a in actors.resolve_all(s, day))
    countries = {a.country for a in found if a.role == role and a.country}
    # (one country only: "Russian and Belarusian forces ..., and troops ..." places the troops nowhere)
    return countries.pop() if len(countries) == 1 else None
