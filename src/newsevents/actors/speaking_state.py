"""A state description in what a state itself says: "Delhi said it expected the government to put forward
a peace offer" is another country's government, not India's (a state speaking of its own government says
"it" or "its government"), so the description takes the story's main country, else the last other
country named, instead of the speaker named last.

Only a state that speaks by its name, its capital or "it" counts: an official who says "the government
will respond" speaks of their own government.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["other_than_speaker"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How many complement clauses up a description looks for the state that speaks it ("India said IT HOPED
# the government would ...": two).
_MAX_CLAUSES = 3


def other_than_speaker(actors: DocActors, head: Token) -> str | None:
    """The country a state description that is the subject of a clause a state says (or hopes, wants)
    refers to: the story's main country, else the last one named before it, never the speaker's."""
    speaker = _speaking_state(actors, head)
    if speaker is None:
        return None
    main = actors.main_country
    if main and main != speaker and any(m.iso3 == main and m.start < head.i for m in actors.mentions):
        return main
    return next(
        (
            m.iso3
            for m in reversed(actors.mentions)
            if m.start < head.i and m.kind == "country" and m.iso3 and m.iso3 != speaker
        ),
        None,
    )


def _speaking_state(actors: DocActors, head: Token) -> str | None:
    """The country that says the clause ``head`` is the subject of, by its name or "it"."""
    if head.dep_ not in _SUBJECT_DEPS:
        return None
    clause = head.head
    for _ in range(_MAX_CLAUSES):
        if clause.dep_ != "ccomp":
            return None
        verb = clause.head
        subj = next((c for c in doccache.children(verb) if c.dep_ == "nsubj"), None)
        if subj is not None and _names_state(actors, subj):
            found = [a.country for a in actors.resolve_all(subj, None) if a.country]
            return found[0] if found else None
        clause = verb
    return None


def _names_state(actors: DocActors, subj: Token) -> bool:
    """Whether a subject is a state by its bare name or capital ("India", "New Delhi") or "it"."""
    if subj.lower_ == "it":
        return True
    m = actors.by_token.get(subj.i)
    return m is not None and m.kind == "country" and not any(
        c.dep_ not in ("compound", "det") for c in doccache.children(subj)
    )
