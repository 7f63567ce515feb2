"""The counterpart named inside a verb's direct object: the agent of an act the object names together with
its own patient ("welcomed Manila's release of six fishermen": Manila, not the fishermen). A pure
function of the parse that ``roles.verb_roles`` tries before the object itself."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.rules import declare

OBJECT_AGENT = declare(
    "target",
    "object-agent",
    "the agent of an event noun object (of the verb or of its target preposition) that names its own patient "
    "is the counterpart, not the patient",
    "Hanoi welcomed Manila's release of six Vietnamese fishermen.",
)


def object_agents(tok: Token) -> list[Token]:
    """The agents of a direct object of ``tok`` that is an act done to a patient it names itself: "welcomed
    Manila's release of six fishermen", "condemned the killing of two soldiers by rebels" (Manila, the
    rebels). A pronoun possessor ("its release of") is left to the object's own reading."""
    objects = [c for c in doccache.children(tok) if c.dep == labels.DOBJ]
    return [a for obj in objects for a in act_agents(obj)]


def act_agents(noun: Token) -> list[Token]:
    """The agents of ``noun`` when it is an act done to a patient it names itself (an "of" phrase)."""
    ofs = [c for c in doccache.children(noun) if c.lower == labels.OF]
    if noun.pos_ != "NOUN" or not ofs:
        return []
    # (the parser often hangs the act's "by" phrase from its patient: "the seizure of a tanker by Iran")
    patients = [
        p for c in ofs for p in doccache.children(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
    ]
    return noun_agents(noun) or [a for p in patients for a in _by_agents(p)]


def noun_agents(noun: Token) -> list[Token]:
    """Who does the act a noun names, by its own words: its possessor (not a pronoun) and its "by"
    phrase ("Manila's release", "the killing of two soldiers by rebels")."""
    out = [c for c in doccache.children(noun) if c.dep_ == "poss" and c.pos_ != "PRON"]
    return out + _by_agents(noun)


def _by_agents(noun: Token) -> list[Token]:
    by = [c for c in doccache.children(noun) if c.dep_ == "prep" and c.lower_ == "by"]
    return [p for c in by for p in doccache.children(c) if p.dep_ == "pobj"]
