"""A go-between named by its role: "Norway, which brokered the truce, urged both sides to return to
talks"; "the envoy, who had mediated between the rivals, said ...". A relative clause whose relative
pronoun is the subject of a verb of going between tells who the party is, the role it played in talks the
story has already told, not a new mediation (CAMEO 045) of the report's days; the main clause carries the
news. Read by scene.background_clause, so the clause gives way when its sentence has an event elsewhere.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table

_FILE = "coding/data/broker_relative.toml"
# Relative pronouns that stand for the go-between as the clause's subject.
_PRONOUNS = frozenset({"who", "which", "that"})


@dataclass(frozen=True, slots=True)
class BrokerVerbs:
    """``coding/data/broker_relative.toml``."""

    verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def broker_verbs() -> BrokerVerbs:
    """The verbs, checked: every key present, each a list of words."""
    return word_table(BrokerVerbs, _FILE)


def broker_role(clause: Token) -> bool:
    """Whether relative clause ``clause`` names its noun's role as go-between: a verb of
    ``broker_relative.toml`` whose subject is the relative pronoun, with the talks or the deal it brought
    about as its object ("which brokered the truce") or in the perfect ("which has mediated between ...").
    A bare past mediation ("the envoy, who mediated between the two sides, said ...") is the talks
    themselves, told in passing (actors/pairs.py reads its two sides)."""
    kids = doccache.children(clause)
    if clause.lemma_.casefold() not in broker_verbs().verbs:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS for c in kids):
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "aux" and c.lemma_ == "have") for c in kids)
