"""Envoys summoned or expelled are another state's: "Beijing summoned Ambassador NAME over the patrol", "the
Ambassador of X to Iran was summoned", "the government expelled diplomats from seven countries".

A government summons (114) or expels (16) foreign envoys, not its own (recalling its own is
``own_envoy.py``'s, and says "its"). An envoy named only by title and an unknown name takes the country in
context, which is the summoning state's, and "the ambassador of X to Y" may read as Y's; so the act comes
out as the state's act on itself. Such a target is set right: the first other state named in the envoy's
own phrase ("of the United Kingdom", "from seven countries, including Argentina"), else the story's
other state (``targets.article_counterpart``). An envoy the phrase makes the source's own ("its
ambassador", "summoned its envoy home") keeps its target. Words: ``coding/data/foreign_envoys.toml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.coding.targets import article_counterpart, party_country

FOREIGN_ENVOY = declare(
    "target",
    "foreign-envoy",
    "an envoy a government summons or expels is another state's: the state named in the envoy's phrase, "
    "else the story's other state, not the summoning state itself",
    "A Danish frigate sailed through the strait. Beijing summoned Ambassador Jens Holm to protest.",
)
_FILE = "coding/data/foreign_envoys.toml"
# Dependency labels of the verb's object, active or passive ("summoned THE AMBASSADOR", "THE AMBASSADOR was
# summoned").
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Prepositions that name the envoy's state ("diplomats FROM seven countries", "the envoy OF Chile").
_ORIGINS = frozenset({"from", "of"})


@dataclass(frozen=True, slots=True)
class EnvoyWords:
    """``coding/data/foreign_envoys.toml``."""

    envoy_nouns: frozenset[str]
    codes: frozenset[str]
    own_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def envoy_words() -> EnvoyWords:
    """The packaged lists (read once per process)."""
    return word_table(EnvoyWords, _FILE)


def foreign_envoys(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts``, each summons or expulsion of an envoy read as the source's own aimed at the envoy's
    state (``FOREIGN_ENVOY``)."""
    for d in drafts:
        yield _retargeted(d) or d


def _retargeted(d: Draft) -> Draft | None:
    own, words = d.source.country, envoy_words()
    if own is None or d.target is None or d.target.country != own or d.trigger.noun:
        return None
    if not d.code.startswith(tuple(words.codes)):
        return None
    envoy = next((o for o in _objects(d.token) if _envoy(o, words)), None)
    if envoy is None or _own(d.token, envoy, words):
        return None
    actors = d.token.doc._.ne_actors
    # (the envoy's own phrase first, then a "from"/"of" phrase the parser hangs on the verb: "expelled
    # diplomats from seven countries, including Argentina")
    origins = [envoy, *(c for c in doccache.children(d.token) if c.dep_ == "prep" and c.lower_ in _ORIGINS)]
    other = next((s for o in origins if (s := _named_state(o, own))), None) or article_counterpart(
        actors, own
    )
    return d.step(FOREIGN_ENVOY, target=country_actor(actors, other)) if other is not None else None


def _objects(verb: Token) -> list[Token]:
    return [c for c in doccache.children(verb) if c.dep_ in _OBJECT_DEPS]


def _envoy(obj: Token, words: EnvoyWords) -> bool:
    """Whether ``obj``'s phrase names an envoy: its head, or a title before it ("Ambassador NAME")."""
    span = obj.doc[obj.left_edge.i : obj.i + 1]
    return any(t.lemma_.casefold() in words.envoy_nouns or t.lower_ in words.envoy_nouns for t in span)


def _own(verb: Token, envoy: Token, words: EnvoyWords) -> bool:
    """Whether the envoy is the source's own: "its ambassador", "summoned his own envoy home"."""
    phrase = (t.lower_ for t in envoy.doc[envoy.left_edge.i : envoy.i + 1])
    return any(w in words.own_words for w in phrase) or any(
        c.lower_ in words.own_words for c in doccache.children(verb) if c.dep_ == "advmod"
    )


def _named_state(envoy: Token, own: str) -> str | None:
    """The first state other than ``own`` that a mention in the phrase of ``envoy`` names."""
    actors = envoy.doc._.ne_actors
    first, last = envoy.left_edge.i, envoy.right_edge.i
    for m in actors.mentions:
        if first <= m.start <= last:
            iso3 = party_country(actors, m)
            if iso3 and iso3 != own:
                return iso3
    return None
