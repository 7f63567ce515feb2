"""A go-between named by its role: "Norway, which brokered the truce, urged both sides to return to
talks"; "the envoy, who had mediated between the rivals, said ...". A relative clause whose relative
pronoun is the subject of a verb of going between tells who the party is, the role it played in talks the
story has already told, not a new mediation (CAMEO 045) of the report's days; the main clause carries the
news. Read by scene.background_clause, so the clause gives way when its sentence has an event elsewhere.

A body named by its founders is the same kind of backstory: "The Andean Pact, set up by Lima and Quito,
said on Monday ..." names the pact by who formed it, set off by commas as a reduced relative on the
clause's subject; the founding (CAMEO 050) is not the report's news (``founders_named``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table

_FILE = "coding/data/broker_relative.toml"
# Relative pronouns that stand for the go-between as the clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = frozenset({"who", "which", "that"})


@dataclass(frozen=True, slots=True)
class BrokerVerbs:
    """``coding/data/broker_relative.toml``."""

    verbs: frozenset[str]
    founding: frozenset[str]


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


def founders_named(clause: Token) -> bool:
    """Whether participle ``clause`` names who founded its noun: a verb of ``founding`` with an agent
    ("formed by the three juntas"), set off by a comma after a noun that is the subject of its own clause
    ("The alliance, formed by X and Y, announced ..."). A founding told as the clause's verb, or a
    participle without commas ("an alliance formed by X on Monday"), is still the act."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN":
        return False
    if clause.lemma_.casefold() not in broker_verbs().founding:
        return False
    if not any(c.dep_ == "agent" for c in doccache.children(clause)):
        return False
    noun, first = clause.head, min(t.i for t in doccache.subtree(clause))
    # (a dateline before it often makes the parser hang the body on the place as an apposition)
    subject = noun.dep_ in _SUBJECTS or (noun.dep_ == "appos" and noun.head.dep_ in _SUBJECTS)
    return subject and first > 0 and clause.doc[first - 1].text == ","


def acting_agent(clause: Token) -> bool:
    """Whether participle ``clause`` has an agent of its own that acts ("a ceasefire brokered by Paris"),
    not one that only names its noun's founders (``founders_named``)."""
    return any(c.dep_ == "agent" for c in doccache.children(clause)) and not founders_named(clause)
