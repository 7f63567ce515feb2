"""The toll of a fight between two coordinated sides is no target: "Thai and Cambodian troops exchanged
fire near the temple, killing two people".

The arguments stage reads the object of a participle on the trigger as the act's counterpart
(``target:clause-object``: "shelled the town, killing three civilians" names the victims), and only when
no target is found does a second coordinated subject stand in (``target:coordinated-subject``: "Kenya
and Uganda clashed"). For a fight the two sides wage on each other that order is wrong: the dead of
"killing two people" are placed by the sentence on one of the sides, so one side is read as fighting the
other's people and the other as firing on its own public (violent repression, 175), where the corpus
codes one clash between the two states. So, for a fight verb (``coding/data/fought_pair.toml``) whose
coordinated subjects name two states, a participle's object is no target, and the second side is.
A one-way act by allies ("Russian and Syrian jets bombed the town, killing ten") keeps its victims.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsevents.coding.resources import word_table
from newsevents.coding.roles import CLAUSE_OBJECT, Head
from newsevents.records import Actor

__all__ = ["fought_pair", "fight_verbs"]

_FILE = "coding/data/fought_pair.toml"
# The root of fighting (clashes, exchanges of fire, battles).
_FIGHT_ROOT = "19"
# Dependencies of a participle or clause of consequence on its verb ("..., killing two").
_CONSEQUENCE = frozenset({"advcl", "conj", "xcomp"})
# Parts of speech of a clause's verb.
_VERBS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class FoughtPairWords:
    """``coding/data/fought_pair.toml``."""

    verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def fight_verbs() -> frozenset[str]:
    """The verbs of a fight two sides wage on each other (read once per process)."""
    return word_table(FoughtPairWords, _FILE).verbs


def fought_pair(head: Head, sources: list[Actor], code: str) -> bool:
    """Whether ``head`` is the object of a consequence clause on a fight verb of ``code`` whose
    coordinated subjects, ``sources``, are two states: the toll, not the fight's other side."""
    if head.rule != CLAUSE_OBJECT or not code.startswith(_FIGHT_ROOT) or len(sources) < 2:
        return False
    if len({s.country for s in sources if s.country}) < 2:
        return False
    # the participle that governs the phrase ("..., killing eleven soldiers on both sides": "sides" too)
    clause = next((a for a in head.token.ancestors if a.pos_ in _VERBS), None)
    return (
        clause is not None and clause.dep_ in _CONSEQUENCE and clause.head.lemma_.casefold() in fight_verbs()
    )
