"""A veto of home legislation: "the president said she would veto the bill". Such a veto is aimed at the
vetoer's own country, not at the story's foreign party.

``targets.article_counterpart`` aims a veto (CAMEO 129) that names no counterpart at the other country the
article names most. A council member vetoes another's resolution, but a head of state or government vetoes
a bill, a law or a budget of the own legislature: home politics, whatever foreign party the story names
(the foreign critics of the law, the state it is said to copy). A veto whose object names another state
("vetoed France's draft", "the bill on Ukraine's grain") is left to the other rules. The object's words
are ``home_bills`` in ``coding/data/home_veto.toml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

__all__ = ["HOME_VETO", "home_veto"]

HOME_VETO = declare(
    "target",
    "home-veto",
    "a veto of a bill, a law or a budget that names no counterpart and no other state in its object is "
    "aimed at the vetoer's own country (its legislature's act), not at the story's foreign party",
    "Spain's envoy criticised the new media law. The Chilean president said she would veto the bill.",
)
_FILE = "coding/data/home_veto.toml"
# The code of a veto (the verb and the noun: "vetoed the bill", "her veto of the budget").
_VETO = "129"
# Dependencies by which a veto verb reaches what it vetoes: its object, a passive's subject ("the bill
# was vetoed"); a veto noun reaches it by "of".
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


@functools.lru_cache(maxsize=1)
def _bills() -> frozenset[str]:
    return word_sets(_FILE, ("home_bills",))["home_bills"]


def home_veto(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether ``d`` is a veto of home legislation (an object in ``home_bills``) whose object's phrase
    names no party of a state other than ``own``."""
    if d.code != _VETO:
        return False
    for obj in _objects(d):
        if obj.lemma_.casefold() not in _bills():
            continue
        span = doccache.subtree(obj)
        first, last = span[0].i, span[-1].i
        return not any(m.iso3 not in (None, own) and first <= m.start <= last for m in actors.mentions)
    return False


def _objects(d: Draft) -> list[Token]:
    """The nouns the veto acts on: the verb's object, the noun's "of" object, a passive's subject."""
    found: list[Token] = []
    for child in doccache.children(d.token):
        if child.dep_ in _OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            found.extend(c for c in doccache.children(child) if c.dep_ == "pobj")
    return found
