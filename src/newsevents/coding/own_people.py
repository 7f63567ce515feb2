"""A state's own people as the object of what another does to them: no counterpart of its words.

"Kabul called the treatment of Afghan refugees unacceptable", "Mexico condemned the deportation of
Mexican migrants": the arguments stage reads the country of the people in the object's "of" phrase as
the target, which makes the speaking state criticise itself. A state speaking of what is done to its
own civilians, refugees, migrants or officials speaks for them; its criticism, demand or rejection is
aimed at whoever treats, detains or expels them, so the people are skipped as a target and the act's
counterpart is read elsewhere (another head, the story's other side). Words: ``data/own_people.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.roles import Head
from newsevents.records import Actor

__all__ = ["OwnPeopleWords", "own_people", "own_people_words"]

_FILE = "coding/data/own_people.toml"
# Dependencies of a nationality or possessor on the people noun.
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


@dataclass(frozen=True, slots=True)
class OwnPeopleWords:
    """``coding/data/own_people.toml``."""

    treatment_nouns: frozenset[str]
    roots: frozenset[str]


@functools.lru_cache(maxsize=1)
def own_people_words() -> OwnPeopleWords:
    """The nouns of treatment and the roots of the rule (checked)."""
    return word_table(OwnPeopleWords, _FILE)


def own_people(head: Head, candidate: Actor, sources: list[Actor], code: str) -> bool:
    """Whether ``candidate``, read at ``head`` as the target of an act of ``code`` by ``sources``, is the
    sources' own people (or officials, or itself) in the "of" phrase of a noun of treatment ("the
    treatment OF AFGHAN REFUGEES"): never the one its words are aimed at."""
    words = own_people_words()
    if code[:2] not in words.roots:
        return False
    if candidate.country is None or candidate.country not in {s.country for s in sources}:
        return False
    tok = head.token
    # (the head is the noun of treatment, its country read from the "of" phrase, or the people noun
    # itself as the object of that "of", or the nationality on it: "of MEXICAN migrants")
    if tok.dep_ in _MODIFIER_DEPS:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lemma_.casefold() in words.treatment_nouns
    if tok.lemma_.casefold() not in words.treatment_nouns:
        return False
    return any(p.lower_ == "of" for p in doccache.dep_children(tok, "prep"))
