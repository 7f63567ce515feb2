"""An act that names no target, by people named for the country they oppose, is aimed at that country:
"anti-Japanese marchers in Nanjing burned flags" protest against Japan (CHNOPP -> JPN), not against their
own country, as an unaimed protest would be placed.

``actors/opposed.py`` keeps the country after "anti-" from being read as the crowd's own; this rule gives
it back as the party the act is about, when the act's sentence names no target. Read by
``foreign_voice.foreign_voice`` before the other fallbacks of the implicit target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.opposed import after_anti
from newsevents.actors.resolve import DocActors
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["OPPOSED_PARTY", "opposed_party"]

OPPOSED_PARTY = declare(
    "target",
    "opposed-party",
    "an act that names no target, by an agent named for the country it opposes ('anti-' and a country), "
    "is aimed at that country",
    "Anti-Japanese marchers in Nanjing burned flags on Sunday.",
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
# Roots of acts aimed at whom they hit, never at whom their doers oppose (coercion 17, force 18-20).
_HITTING_ROOTS = ("17", *FORCE_ROOTS)
# Words a country written after "anti-" may run to ("anti-United States"): two at most.
_LONGEST = 2


def opposed_party(d: Draft, actors: DocActors) -> str | None:
    """The country the agent of ``d`` is named as opposing ("anti-" + country), when it is not the
    agent's own and the act is no coercion or force (which hits whom it hits), else None."""
    if d.code.startswith(_HITTING_ROOTS):
        return None
    verb = d.token
    heads = [c for c in doccache.children(verb) if c.dep_ in _SUBJECTS]
    if not heads and verb.dep_ == "conj":  # ("marched and burned flags": the first verb's subject)
        heads = [c for c in doccache.children(verb.head) if c.dep_ in _SUBJECTS]
    for head in heads:
        iso3 = _anti_country(head, actors)
        if iso3 is not None and iso3 != d.source.country:
            return iso3
    return None


def _anti_country(head: Token, actors: DocActors) -> str | None:
    """The country written after "anti-" among the words of the phrase headed by ``head``."""
    doc, dictionary = head.doc, actors.resolver.dictionary
    for i in sorted(t.i for t in doccache.subtree(head)):
        if not after_anti(doc, i, dictionary.agent_role):
            continue
        for size in range(_LONGEST, 0, -1):
            if i + size <= len(doc) and (iso3 := dictionary.country_code(doc[i : i + size].text)):
                return iso3
    return None
