"""A cut in relations done to the source's own people is aimed at the other state of the story: "Moscow
recalled its ambassador, Ivan Petrov, and began evacuating ...", "Paris called off the visit of its
trade minister".

An act reducing relations (CAMEO 16) names its own envoy, mission or minister as its object; with no host
named ("its ambassador to Oslo" is ``posts.py``'s), the object resolves to the source's own country (the
envoy's name, "its"), and the act comes out as a state's act on itself. Reducing relations always joins
two states, so such an act is aimed at the country the article is otherwise about
(``targets.article_counterpart``), or keeps its target when the article names no other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.targets import article_counterpart

OWN_ENVOY = declare(
    "target",
    "own-envoy-counterpart",
    "a cut in relations done to the source's own envoy, mission or official ('recalled its ambassador, "
    "NAME,'), with no host named, is aimed at the story's other state, not at the source itself",
    "Oslo protested to Minsk over the arrests. Norway recalled its ambassador, Per Lund, on Friday.",
)
# The CAMEO root of reducing relations (recalling, cancelling visits, cutting ties).
_REDUCE_ROOT = "16"
# Possessive pronouns that make an object the source's own ("ITS ambassador").
_OWN_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Dependency labels of the verb's own object, active or passive ("recalled ITS AMBASSADOR", "its envoy was
# recalled"); the noun after "of" on such an object is read by `_objects`.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def own_envoys(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts``, each cut in relations done to the source's own people aimed at the story's other
    state (``OWN_ENVOY``)."""
    for d in drafts:
        yield _retargeted(d) or d


def _retargeted(d: Draft) -> Draft | None:
    own = d.source.country
    if own is None or d.target is None or d.target.country != own or not d.code.startswith(_REDUCE_ROOT):
        return None
    if d.trigger.noun or not any(_owned(o) for o in _objects(d.token)):
        return None
    actors = d.token.doc._.ne_actors
    other = article_counterpart(actors, own)
    return d.step(OWN_ENVOY, target=country_actor(actors, other)) if other is not None else None


def _objects(verb: Token) -> list[Token]:
    """The objects of ``verb`` and the nouns after "of" on them ("cancelled the visit of its minister")."""
    objs = [c for c in doccache.children(verb) if c.dep_ in _OBJECT_DEPS]
    inner = [o for n in objs for p in doccache.children(n) if p.lower_ == "of" for o in doccache.children(p)]
    return objs + [o for o in inner if o.dep_ == "pobj"]


def _owned(noun: Token) -> bool:
    """Whether ``noun`` is possessed by a pronoun ("its ambassador", "their envoys")."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in doccache.children(noun))
