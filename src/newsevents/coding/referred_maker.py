"""Casualties told by the victims' side of an attack the article has told before: "Israeli jets bombed
targets across Gaza. Health officials said 12 civilians had been killed IN THE STRIKES."

The killing is an agentless passive, so the agentless rules give it the country where it happened (the
victims' own) as its maker, and it reads as a second act of violence by the victims' country on itself.
The definite noun in its "in"/"during" phrase ("the strikes", "the shelling") names the earlier attack:
the maker is that attack's, and the killing is its toll (the selection stage then folds the two into one
event when they agree). A pure function of the drafts the arguments stage made, in article order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["REFERRED_MAKER", "referred_makers"]

REFERRED_MAKER = declare(
    "source",
    "referred-maker",
    "casualties with no maker named, killed 'in the strikes' an earlier sentence told, take that attack's "
    "maker as their source",
    "Israeli jets bombed targets across Gaza. Officials said 12 civilians had been killed in the strikes.",
)
# Prepositions that put casualties inside the attack that caused them ("killed IN the strikes").
_INSIDE = frozenset({"in", "during"})
# Determiners that make the attack noun refer back to one told before.
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})
# How far back (in tokens, a few sentences) the attack is looked for.
_REACH = 150


def _referred_noun(d: Draft) -> Token | None:
    """The definite attack noun of an agentless casualty's "in" phrase ("killed in THE STRIKES")."""
    if "unattributed" not in d.facts or d.trigger.noun or not d.code.startswith(FORCE_ROOTS):
        return None
    for prep in (c for c in doccache.children(d.token) if c.dep_ == "prep" and c.lower_ in _INSIDE):
        for noun in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            kids = doccache.children(noun)
            if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids) and not any(
                c.dep_ in ("amod", "compound", "poss") and c.ent_type_ for c in kids
            ):
                return noun  # (a noun that names its own maker, "the Israeli strikes", is left to the roles)
    return None


def _attack(noun: Token, toll: Draft, earlier: list[Draft]) -> Draft | None:
    """The last earlier act of force with a named maker, told within a few sentences before the noun's
    ("bombed targets ... killed in the strikes"): the act the definite noun refers back to. One done to the
    casualties' own country comes first: "X bombed Y's town, a day after Y's troops seized X's posts. 30
    civilians of Y were killed in the raids" are X's raids, though Y's act was told last."""
    start = doccache.sent(noun).start
    attacks = [
        d
        for d in earlier
        if doccache.sent(d.token).start < start
        and d.code.startswith(FORCE_ROOTS)
        and "unattributed" not in d.facts
        and start - doccache.sent(d.token).start <= _REACH
        and d.source.country is not None
    ]
    hit = toll.target.country if toll.target is not None else None
    on_victims = [d for d in attacks if hit is not None and d.target is not None and d.target.country == hit]
    found = on_victims or attacks
    return found[-1] if found else None


def referred_makers(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` (in article order) with each agentless casualty of an attack told before given that
    attack's maker as its source (REFERRED_MAKER)."""
    earlier: list[Draft] = []
    for d in drafts:
        noun = _referred_noun(d)
        attack = _attack(noun, d, earlier) if noun is not None else None
        if attack is not None:
            d = d.step(REFERRED_MAKER, source=attack.source, facts=d.facts - {"unattributed"})
        earlier.append(d)
        yield d
