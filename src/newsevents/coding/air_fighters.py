"""A state's "fighters" in an air incident are its fighter planes, the armed forces (MIL), not armed men.

The agent table reads "fighters" as an unidentified armed force (UAF: "Chechen fighters", "his fighters"),
which fits militias, and an adjective gives them the state's country: "Russian fighters intercepted the
patrol plane" came out as Russian militants. Where the phrase names an aircraft model ("F-16 fighters",
"MiG-29 fighters") or the act is one only aircraft do ("scrambled", "intercepted", "escorted", "buzzed"),
the fighters are the state's air force: the source's role becomes MIL (``Actor.with_role``), its country
and the code's reading unchanged. Words: ``coding/data/air_fighters.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.records import Actor

AIR_FIGHTERS = declare(
    "source",
    "air-fighters",
    "a state's 'fighters' named with an aircraft model or on an act only aircraft do (scrambled, "
    "intercepted, escorted) are its air force (MIL), not armed men",
    "Norwegian fighters intercepted two bombers over the Barents Sea on Monday.",
)
_FILE = "coding/data/air_fighters.toml"
# The role the agent table gives "fighters" (unidentified armed force).
_ARMED_MEN = "UAF"
_MILITARY = "MIL"


@dataclass(frozen=True, slots=True)
class AirWords:
    """``coding/data/air_fighters.toml``."""

    nouns: frozenset[str]
    models: frozenset[str]
    verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def air_words() -> AirWords:
    """The packaged lists (read once per process)."""
    return word_table(AirWords, _FILE)


def air_fighters(verb: Token, subject: Token, source: Actor) -> Actor | None:
    """``source`` as its state's military when ``subject`` (of trigger ``verb``) is a state's fighter
    planes; None otherwise."""
    words = air_words()
    if source.role != _ARMED_MEN or source.country is None or subject.lower_ not in words.nouns:
        return None
    modifiers = [c for c in doccache.children(subject) if c.dep_ in ("compound", "amod", "nmod", "nummod")]
    model = any(any(ch.isdigit() for ch in m.text) or m.lower_ in words.models for m in modifiers)
    if not model and verb.lemma_.casefold() not in words.verbs:
        return None
    return source.with_role(_MILITARY)
