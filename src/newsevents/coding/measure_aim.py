"""A measure of the source's own aimed at another country named inside the measure's phrase.

"Washington eased its ban on American investment in Borduria", "the president signed an order ending the
U.S. sanctions programme on Borduria": the measure's phrase names the source's own country first (its
investment, its programme), so the arguments stage reads the source's own country as the target (an act
on oneself). But the measure falls on the other country the phrase names: lifting or imposing it is
yielding to, or coercing, that country. So when an act of yielding, reducing relations or coercion
(``measure_aim.toml``: its roots) has the source's own country as its target and its object (or a
passive's subject) is a measure ("ban", "sanctions", "embargo") or an operation ended or pulled out
("ordered an end to its operation in Borduria", "the withdrawal of its troops from Borduria"), the first
other country named inside the measure's phrase, through its prepositions of whom or where it falls on
and its modifiers, is the target. A clause inside the phrase ("a ban that X imposed after protests in
Y") tells something else and is not read.

Read by the selection stage once a draft's target is settled (``answered.answered_party``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.nationals_abroad import first_other_country
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

MEASURE_AIM = declare(
    "target",
    "measure-aim",
    "an act easing, imposing or keeping a measure of the source's own whose phrase names another country "
    "('eased its ban on Ruritanian investment in Borduria') is aimed at that country",
    "Ruritania eased its ban on Ruritanian investment in Borduria.",
)
_KEYS = ("measure_nouns", "roots", "phrase_deps", "phrase_preps")
# The act's arguments that are the measure it acts on.
_MEASURE_DEPS = frozenset({"dobj", "nsubjpass"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("coding/data/measure_aim.toml", _KEYS)


def measure_aim(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the other country named inside the phrase of the measure it acts on, when its
    target is the source's own country; else ``d`` unchanged."""
    own = d.source.country
    words = _words()
    if own is None or not d.aimed_at_own or d.code[:2] not in words["roots"]:
        return d
    if d.trigger.noun:
        return d  # (a measure's own noun is the trigger: its phrase was read by the arguments stage)
    for measure in doccache.children(d.token):
        if measure.dep_ not in _MEASURE_DEPS or measure.lemma_.casefold() not in words["measure_nouns"]:
            continue
        where = first_other_country(_phrase(measure), own, actors)
        if where is not None:
            return d.step(MEASURE_AIM, target=country_actor(actors, where), implicit_target=None)
    return d


def _phrase(tok: Token) -> set[int]:
    """The positions of ``tok``'s phrase through its modifiers and its prepositions of whom or where."""
    words = _words()
    found = {tok.i}
    for c in doccache.children(tok):
        if c.dep_ not in words["phrase_deps"]:
            continue
        if c.dep_ == "prep" and c.lower_ not in words["phrase_preps"]:
            continue
        found |= _phrase(c)
    return found
