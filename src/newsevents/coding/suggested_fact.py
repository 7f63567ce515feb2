"""A suggestion that something happened: "the minister suggested that the video had been faked".

"Suggest" proposes with a clause of what should be done ("suggested that Lima join the talks", "suggested
he step down"): an appeal (020, the Phoenix SUGGEST row). With a clause told in the past ("suggested that
rival agents HAD PLANTED the bomb", "hinted that the vote WAS rigged") it claims a fact: an insinuation,
no proposal, and the clause's own act (where it is one) is coded by its own trigger. The suggesting verb
then asserts no appeal. Read by the modality stage through ``coding/unasserted.py``; the words are in
``coding/data/suggested_fact.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.clause_acts import told_as_past
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

SUGGESTED_FACT = declare(
    "modality",
    "suggested-fact",
    "'suggest', 'hint' or 'imply' with a clause told in the past ('suggested that the video had been "
    "faked') claims a fact, no proposal (020); with a clause of what should be done it stays an appeal",
    "The minister suggested that the video had been faked.",
)
_FILE = "coding/data/suggested_fact.toml"


@dataclass(frozen=True, slots=True)
class SuggestedFactWords:
    """``coding/data/suggested_fact.toml``."""

    suggesting_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def suggested_fact_words() -> SuggestedFactWords:
    """The suggesting verbs, checked: every key present, a list of words."""
    return word_table(SuggestedFactWords, _FILE)


def suggested_fact(tok: Token) -> str | None:
    """SUGGESTED_FACT when the suggesting verb ``tok`` has a complement clause told in the past, else None."""
    if tok.pos_ != "VERB" or tok.lemma_.casefold() not in suggested_fact_words().suggesting_verbs:
        return None
    clauses = [c for c in doccache.children(tok) if c.dep_ == "ccomp"]
    return SUGGESTED_FACT if clauses and all(told_as_past(c) for c in clauses) else None
