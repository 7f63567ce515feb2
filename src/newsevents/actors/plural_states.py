"""A plural of the word two states' names share is that pair of states: "the two Koreas" (North Korea and
South Korea), "both Sudans", "the Congos".

``pairs.pair`` reads a definite pair from a pair noun ("the two countries") and the parties named before;
a plural of a country word is no such noun, so the phrase resolved to nothing (or to one Korea) and the
events of the pair were lost. Here a definite phrase ("the", "both") headed by a capitalised plural whose
singular is a word of exactly two countries' names in the country table (kind "name") is those two states,
acting as states (GOV, as "Peru expelled the envoy" is Peru's government). A word of one name only, or of
three or more ("Guinea"), names no pair. Read by ``pairs.pair``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.dictionary import ActorDictionary
    from newsevents.actors.resolve import DocActors

__all__ = ["plural_states"]

# Words that make the plural phrase definite: "the two Koreas", "both Sudans".
_DEFINITE = frozenset({"the", "both"})
# Prepositions after which the pair is where something happens, no party ("travel in both Koreas").
_PLACE_PREPS = frozenset({"in", "at", "across", "inside", "throughout"})
# The country-name words shared by exactly two states, per dictionary (built once per process).
_SHARED: dict[int, dict[str, tuple[str, str]]] = {}


def plural_states(actors: DocActors, head: Token, tokens: list[Token]) -> list[Actor]:
    """The two states a definite plural of their shared name word stands for, else none."""
    text = head.text
    if len(text) < 4 or not text[0].isupper() or not text.endswith("s") or head.tag_ not in ("NNPS", "NNS"):
        return []  # (the cheap test first)
    if not any(t.lower_ in _DEFINITE for t in tokens if t.i < head.i):
        return []
    pair = _shared_words(actors.resolver.dictionary).get(text[:-1].casefold())
    if pair is None:
        return []
    role = None if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS else "GOV"
    phrase = " ".join(t.text for t in tokens)
    return [
        Actor(text=phrase, name=actors.country_name(iso3), country=iso3, role=role, code=iso3 + (role or ""))
        for iso3 in pair
    ]


def _shared_words(dictionary: ActorDictionary) -> dict[str, tuple[str, str]]:
    """Each word of the countries' names (kind "name") that exactly two countries' names hold."""
    key = id(dictionary)
    if key not in _SHARED:
        holders: dict[str, set[str]] = {}
        for iso3, kind, phrase in dictionary.countries():
            if kind == "name":
                for word in phrase.replace("-", " ").split():
                    if word[:1].isupper():
                        holders.setdefault(word.casefold(), set()).add(iso3)
        _SHARED[key] = {w: (min(isos), max(isos)) for w, isos in holders.items() if len(isos) == 2}
    return _SHARED[key]
