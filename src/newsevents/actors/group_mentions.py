"""Armed groups named by a common noun, as parties of a pair: "Tuareg rebels", "the guerrillas", "militia
fighters". The mention finder finds names (countries, dictionary actors, people), so a group the dictionary
knows only through its noun ("rebels" with a people's adjective) is no mention, and "both sides" after
"the government and Tuareg rebels signed a truce" fell to the last two countries named, the mediator's and
a venue's. Here each such noun in a stretch of text that resolves to an armed non-state party stands as a
mention of kind ``group`` at the noun, for ``actors.pairs`` to weigh beside the named parties."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.actors.mentions import Mention

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["NON_STATE_SIDES", "group_mentions"]

# Roles of the armed non-state parties that fight or talk with a state as one side of a pair (rebels,
# insurgents, separatists, unaligned armed forces), and of the opposition that faces its government.
NON_STATE_SIDES = frozenset({"REB", "INS", "SEP", "UAF", "OPP"})
# (not unaligned armed forces, UAF: "Chinese fighters" are jets, "gunmen" no side to talks)
_ARMED = frozenset({"REB", "INS", "SEP"})
# The noun of a group is an argument of a clause or a conjunct of one, never a modifier of another noun.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT"})


def group_mentions(actors: DocActors, first: int, last: int, day: dt.date | None) -> list[Mention]:
    """The armed groups named by a common noun in tokens [first, last) outside every mention: nouns that
    head an argument and resolve to an armed non-state party of a known country."""
    named = {i for m in actors.mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for i in range(first, last):
        tok = doccache.token(actors.doc, i)
        if i in named or tok.pos_ != "NOUN" or tok.dep_ not in _ARGUMENT_DEPS:
            continue
        party = actors.resolve_phrase(tok, day)
        if party and party[0].role in _ARMED and party[0].country and party[0].code:
            out.append(Mention(start=i, end=i + 1, kind="group", iso3=party[0].country))
    return out
