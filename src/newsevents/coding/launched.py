"""Where an unattributed weapon came from: "a mortar bomb fired from Zenda killed two farmers".

The arguments stage sources an attack whose maker the text leaves unnamed on the country where it happened
(``source:unattributed``), else on the dateline's. A weapon told with the place it was fired or launched
from names the side that fired it: the attack is that place's country's, whatever the country it fell in,
and a dateline that names two places (or none) no longer leaves the attack without a source. The place is
read on a participle of the weapon subject ("rockets fired from X hit ...") or on the passive launch verb
itself ("two rockets were fired from X"), never on a launch participle that is the trigger.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.resources import word_table
from newsevents.records import Place
from newsevents.where import DocPlaces

__all__ = ["launched_place"]

_FILE = "coding/data/launched.toml"


@dataclass(frozen=True, slots=True)
class LaunchWords:
    """``coding/data/launched.toml``."""

    launch_verbs: frozenset[str]
    origin_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> LaunchWords:
    return word_table(LaunchWords, _FILE)


def launched_place(
    tok: Token, subjects: list[Token], places: DocPlaces, hints: Iterable[str]
) -> Place | None:
    """The named place the weapon of the act at ``tok`` was fired from: on ``tok`` itself when it is a
    launch verb, else on a launch participle of one of its ``subjects``; None when none is named."""
    # (the participle itself, "rockets FIRED from X", describes a weapon: the verb it is the subject of
    # tells the attack, and the participle's "from" names no target either)
    if tok.dep_ == "acl":
        return None
    # (an active "rockets fired from X" may be a participle the parser made the main verb: left alone)
    own = syntax.is_passive(tok) and syntax.verb_lemma(tok) in _words().launch_verbs
    verbs = [tok] if own else []
    verbs += [
        c
        for s in subjects
        for c in doccache.children(s)
        if c.dep_ == "acl" and c.tag_ == "VBN" and syntax.verb_lemma(c) in _words().launch_verbs
    ]
    for verb in verbs:
        for prep in doccache.children(verb):
            if prep.dep_ != "prep" or prep.lower_ not in _words().origin_prepositions:
                continue
            for pobj in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
                place = places.known_place(pobj, hints)
                if place is not None:
                    return place
    return None
