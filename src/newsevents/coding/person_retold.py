"""One act on one named person told again by a passive that names no doer, or by a speaker: "Soldiers
detained the opposition leader Ana Thein on Tuesday. Thein was taken into custody at her home, her party
said"; "A drone strike killed the commander Ali Varani. The ministry said its forces had killed Varani." News
tells the act with its doers in the lead and then, in a later sentence, what befell the person, without
the doers. The source stage gives the agentless passive the state's police as a default doer, whose code
differs from the lead's soldiers, so selection's restatement rule (one source code) kept the retelling as
a second record (corpus/README.md: one gold event per real event); a speaker's report of force on the
person may read another root of force than the narrative (a strike's 195, a killing's 180).

Read by selection's merging through ``retold.folded_step``: the two fold when they are of one CAMEO root
and one source country, in different sentences, both aimed at one person (the same surname), and one of
them is a passive whose doer the text does not name; or when both are force on that person and the later
is a speaker's report that names the person. Acts on a crowd or on a count of people ("350 were
arrested") are not a person's and stay apart; dates that disagree, a further act ("arrested again") and a
time clause are checked by the caller first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
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
# Readings of an earlier draft that tell an act as having happened.
_TOLD = frozenset({"asserted", "reported"})
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
    """PERSON_RETOLD when two drafts of one source country, in different sentences, are aimed at one
    named person (one surname) and either one of them is an agentless passive of the other's CAMEO root
    whose subject is that person, or the later is a speaker's report of force on the person after force
    told in the narrative (a person is killed once, whatever root each telling reads); else None."""
    if a.sent.start == b.sent.start or a.source.country is None or a.source.country != b.source.country:
        return None
    if a.when is not None and b.when is not None and a.when != b.when:
        return None  # (a day of its own, even one the lead only carried: another act)
    surname = _same_person(a, b)
    if surname is None:
        return None
    if a.code[:2] == b.code[:2] and (_agentless_on_person(a) or _agentless_on_person(b)):
        steps = person_retold_words().court_steps
        if a.token.lemma_ != b.token.lemma_ and {a.token.lemma_, b.token.lemma_} & steps:
            return None  # ("police arrested her ... she was charged with sedition": a further act on her)
        return PERSON_RETOLD
    return PERSON_RETOLD if _force_reported(a, b, surname) else None


def _force_reported(a: Draft, b: Draft, surname: str) -> bool:
    """Whether the later of two acts of force is a speaker's report naming the person ("the ministry said
    its troops had killed Ruiz") after the earlier was told as having happened."""
    earlier, later = (a, b) if a.token.i < b.token.i else (b, a)
    if earlier.code[:2] not in FORCE_ROOTS or later.code[:2] not in FORCE_ROOTS:
        return False
    if later.modality != "reported" or earlier.modality not in _TOLD:
        return False
    return any(t.lower_ == surname and t.ent_type_ == "PERSON" for t in later.sent)


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


def _same_person(a: Draft, b: Draft) -> str | None:
    """The surname both targets name, one of them by a full name: their names' last word, or one's in the
    other's words ("Ali Varani, the commander of the border guard" resolved to the guard names Varani)."""
    for one, other in ((a, b), (b, a)):
        surname, full = _surname(one), one.target.name if one.target is not None else None
        if surname is None or other.target is None or full is None or " " not in full:
            continue  # (a person's full name on one side at least: a one-word name is a country's as often)
        if surname == _surname(other) or surname in _words(other.target.text):
            return surname
    return None


def _words(text: str) -> set[str]:
    return {w.strip(",.'’").removesuffix("'s").casefold() for w in text.split()}
