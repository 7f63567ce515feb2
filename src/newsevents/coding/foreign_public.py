"""A foreign state's fire on people its phrase does not place is not repression of its own public:
"Ruritanian guns pounded a frontier islet overnight, leaving three villagers dead", told from the islet's
side.

The arguments stage recodes a state's shelling or firing on civilians of its own country as violent
repression (175, rule code:state-on-public). But victims whose phrase names no country ("two civilians",
"villages in a district the gazetteer does not know", "killing four people") are given by the actor stage
the country their sentence names, most often the attacker's own adjective, so a cross-border attack read
as one state firing on its own people. The victims stage (coding/victims.py) frees such victims from the
attacker's country when the sentence names another country or the dateline does; this module lets it do
so for the acts recoded as repression too, and gives the act its own code back (an attack on a
neighbour's villagers is fighting, 19), and it finds the victims in a participle of consequence
("..., killing a fisherman") as well as on the verb. Victims who are a crowd at home (protesters,
strikers, worshippers: roles other than civilians or people) keep the repression reading.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.forces import STATE_ON_PUBLIC
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["FOREIGN_PUBLIC", "consequence_victims", "repressed_abroad", "unrepressed"]

FOREIGN_PUBLIC = declare(
    "code",
    "foreign-public",
    "a state's fire on victims its phrase does not place, freed from the attacker's country, keeps its "
    "own code of force: not repression (175) of the attacker's own public",
    "SEOUL - Ruritanian guns pounded a frontier islet overnight, killing a fisherman. Seoul protested.",
)
# Roles of victims that may be another country's people: civilians and people at large (a crowd of
# protesters or strikers is the public at home).
_UNPLACED_ROLES = frozenset({"CVL", "PPL"})
# Dependencies of a participle of consequence on its verb, and of the victims on it ("killing THEM").
_CONSEQUENCE = "advcl"
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})


def repressed_abroad(draft: Draft) -> bool:
    """Whether ``draft`` is an act of force recoded as repression of the public (STATE_ON_PUBLIC) whose
    victims are civilians or people at large."""
    return (
        STATE_ON_PUBLIC in draft.steps
        and draft.target is not None
        and (draft.target.role or "") in _UNPLACED_ROLES
    )


def unrepressed(draft: Draft) -> Draft:
    """``draft`` with its trigger's own code of force back when it had been recoded as repression."""
    if STATE_ON_PUBLIC not in draft.steps:
        return draft
    steps = tuple(s for s in draft.steps if s != STATE_ON_PUBLIC)
    code = draft.trigger.coded_as
    return replace(draft, code=code, steps=(*steps, FOREIGN_PUBLIC))


def consequence_victims(verb: Token) -> list[Token]:
    """The objects of a participle of consequence on ``verb``: "shelled the islet, killing A FISHERMAN"."""
    return [
        o
        for c in doccache.children(verb)
        if c.dep_ == _CONSEQUENCE and c.tag_ == "VBG"
        for o in doccache.children(c)
        if o.dep_ in _VICTIM_DEPS
    ]
