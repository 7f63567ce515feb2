"""One act on one named person told again by a passive that names no doer: "Soldiers detained the
opposition leader Ana Thein on Tuesday. Thein was taken into custody at her home, her party said." News
tells the act with its doers in the lead and then, in a later sentence, what befell the person, without
the doers. The source stage gives the agentless passive the state's police as a default doer, whose code
differs from the lead's soldiers, so selection's restatement rule (one source code) kept the retelling as
a second record (corpus/README.md: one gold event per real event).

Read by selection's merging through ``retold.folded_step``: the two fold when they are of one CAMEO root
and one source country, in different sentences, both aimed at one person (the same surname), and one of
them is a passive whose doer the text does not name. Acts on a crowd or on a count of people ("350 were
arrested") are not a person's and stay apart; dates that disagree, a further act ("arrested again") and a
time clause are checked by the caller first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.coding.syntax import is_passive

PERSON_RETOLD = declare(
    "select",
    "person-retold",
    "an act on a named person told again in a later sentence by a passive that names no doer ('X was "
    "taken into custody'), of the same root and source country as the act told with its doers, is that "
    "act told again: one record",
    "Soldiers detained the opposition leader Ana Thein on Tuesday. Thein was taken into custody at home.",
)
# Subjects of a passive that refer to one person already named.
_PERSONAL = frozenset({"he", "she"})


@dataclass(frozen=True, slots=True)
class PersonRetoldWords:
    """``coding/data/person_retold.toml``."""

    court_steps: frozenset[str]


@functools.lru_cache(maxsize=1)
def person_retold_words() -> PersonRetoldWords:
    """The court's steps after an arrest (``word_table`` checks every key)."""
    return word_table(PersonRetoldWords, "coding/data/person_retold.toml")


def person_step(a: Draft, b: Draft) -> str | None:
    """PERSON_RETOLD when one of two drafts of one CAMEO root and source country, in different sentences,
    is an agentless passive whose subject is a person, and both are aimed at that person (one surname);
    else None."""
    if a.code[:2] != b.code[:2] or a.sent.start == b.sent.start:
        return None
    if a.source.country is None or a.source.country != b.source.country:
        return None
    if a.when is not None and b.when is not None and a.when != b.when:
        return None  # (a day of its own, even one the lead only carried: another act)
    if not (_agentless_on_person(a) or _agentless_on_person(b)):
        return None
    steps = person_retold_words().court_steps
    if a.token.lemma_ != b.token.lemma_ and {a.token.lemma_, b.token.lemma_} & steps:
        return None  # ("police arrested her ... she was charged with sedition": a further act on her)
    surname_a, surname_b = _surname(a), _surname(b)
    return PERSON_RETOLD if surname_a is not None and surname_a == surname_b else None


def _agentless_on_person(d: Draft) -> bool:
    """Whether ``d`` is a passive with no "by" doer whose subject is a named person or a personal pronoun."""
    tok = d.token
    if not is_passive(tok):
        return False
    children = doccache.children(tok)
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "nsubjpass" and _person(c) for c in children)


def _person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in _PERSONAL


def _surname(d: Draft) -> str | None:
    """The last word of the target's name (the passive's subject is a person, so two targets of one
    surname are that person, never a country or a body)."""
    if d.target is None or not d.target.name:
        return None
    return d.target.name.split()[-1].casefold()
