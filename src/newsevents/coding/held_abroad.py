"""A state asking for its own people's release asks the state that holds them: "the White House demanded
his immediate release" after a report that Moscow detained an American reporter, "Ottawa urged the
release of the jailed activists" in a story of Riyadh's measures against Canada. The freed are the object
of the demand, so the target stage reads the demanding state's own nationals as its target (a demand
made to itself); CAMEO codes a demand or an appeal for a release (1053, 0253) against the party asked to
release, which is the holder.

The holder is the source of the article's nearest earlier act of coercion (CAMEO 17: an arrest, a
detention, a sentence) against the demanding state's country by another country; else, the source of the
article's first act by another country against it (the rival the story is about); else the country of the
place the freed are said to be held in ("a reporter detained in X", coding/held_in.py). A demand made by a
government for a release at home (protesters, rebels, its own opposition) is left alone: the demanding
party must be a state actor and the freed its nationals, not its own government or forces. Run after
the own-country fallbacks (coding/rivals.py).
"""

from __future__ import annotations

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.held_in import held_in
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["HELD_ABROAD", "holders_asked"]

HELD_ABROAD = declare(
    "target",
    "held-abroad",
    "a state's demand or appeal for the release of its own nationals is aimed at the state holding them: "
    "the maker of an earlier arrest or sentence of its people, else the first other state acting on it",
    "Ruritania detained a Freedonian reporter on Monday. Freedonia demanded his release.",
)
# CAMEO codes of demanding and appealing for the release of persons or property.
_RELEASE_ASKED = frozenset({"1053", "0253"})
# Roles of a state that asks for its nationals (a government, its ministries and envoys).
_ASKING_ROLES = frozenset({"GOV"})
# Roles of the freed that are no nationals held abroad: the asking state's own government and forces.
_STATE_SIDE = frozenset({"GOV", "MIL"})
# CAMEO root of coercion: the holder's act (arrest, detention, sentence).
_COERCE_ROOT = "17"


def holders_asked(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` (one article's, in order) with each release its state asked for its own nationals aimed
    at the holding state."""
    out: list[Draft] = []
    for n, d in enumerate(drafts):
        holder = (_holder(d, drafts[:n]) or held_in(d, actors)) if _asks_for_own(d) else None
        out.append(d if holder is None else d.step(HELD_ABROAD, target=country_actor(actors, holder)))
    return out


def _asks_for_own(d: Draft) -> bool:
    """Whether ``d`` is a state's demand or appeal for a release whose target is its own nationals."""
    own = d.source.country
    target = d.target
    if d.code not in _RELEASE_ASKED or own is None or target is None or target.country != own:
        return False
    return d.source.role in _ASKING_ROLES and target.role not in _STATE_SIDE


def _holder(d: Draft, earlier: list[Draft]) -> str | None:
    """The country holding the people ``d`` asks for: the nearest earlier coercion of ``d``'s country by
    another country's actor, else the first earlier act of another country on it."""
    own = d.source.country
    on_own = [
        e
        for e in earlier
        if e.target is not None and e.target.country == own and e.source.country not in (None, own)
    ]
    coercion = [e for e in on_own if e.code.startswith(_COERCE_ROOT)]
    if coercion:
        return coercion[-1].source.country
    return on_own[0].source.country if on_own else None
