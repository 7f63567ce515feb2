"""Acts of force whose "by" phrase names nobody the actor stage can place: "the president was shot dead by
his bodyguard", "two aid workers were taken hostage by a group that demanded a ransom".

An agentless passive of force is coded with the country of its place, or of the dateline, as its source
(``source:unattributed``, ``source:unattributed-dateline``): the corpus codes an unnamed attacker as any
source (``"*"``) and the victims' side as the target. A passive whose agent is a bare word for a person or
a band ("a bodyguard", "a group", "unknown assailants") says no more about the maker than one with no agent
at all, yet it made no event: its "by" phrase blocked the agentless reading, and it resolved to nobody. When
the agent resolves to no actor (the arguments stage asks only when it found no source), the act is read as
unattributed like the agentless passive. A force of nature as agent ("killed by a landslide") is no act and
is dropped before (coding/unasserted.py); an agent the stage does resolve keeps its own source.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.resources import word_table
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare

__all__ = ["UNNAMED_AGENT", "unnamed_agent", "weapon_words"]

UNNAMED_AGENT = declare(
    "source",
    "unnamed-agent",
    "a passive act of force whose 'by' phrase resolves to no actor is read as unattributed: its place's "
    "or dateline's country stands in for the unnamed maker",
    "MOMBASA, Kenya - The union leader was shot dead by his driver on Monday.",
)
_FILE = "coding/data/unnamed_agent.toml"


@dataclass(frozen=True, slots=True)
class UnnamedAgentWords:
    """``coding/data/unnamed_agent.toml``."""

    agents: frozenset[str]
    weapons: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> UnnamedAgentWords:
    return word_table(UnnamedAgentWords, _FILE)


def unnamed_agent(tok: Token, code: str) -> bool:
    """Whether ``tok`` is a passive verb of force (or a passive conjunct sharing its first verb's agent)
    whose "by" phrase is an unnamed person, band or weapon; the caller asks only when that phrase
    resolved to no actor."""
    if not code.startswith(FORCE_ROOTS) or tok.pos_ != "VERB":
        return False
    conjunct = passive_conjunct(tok)
    if not (syntax.is_passive(tok) or conjunct):
        return False
    verbs = [tok, tok.head] if conjunct else [tok]
    words = _words()
    heads = [
        p.lemma_.casefold()
        for v in verbs
        for c in doccache.children(v)
        if c.dep_ == "agent"
        for p in doccache.children(c)
        if p.dep_ == "pobj"
    ]
    return any(h in words.agents or h in words.weapons for h in heads)


def weapon_words() -> frozenset[str]:
    """Lemmas of weapons that may strike with nobody named firing them (coding/told_weapon.py reads them
    too)."""
    return _words().weapons
