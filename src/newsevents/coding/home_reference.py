"""A home voice's verdict on an act it refers to only by a noun: "Senator X called the deal a surrender",
"the opposition leader denounced the move", with no other state named in the sentence.

``targets.article_counterpart`` aims an act that names no counterpart at the other country the article
names most; ``home_story``'s home-critic rule aims the opposition's words at home, but only in a story set
in the critic's own country. A legislator, the opposition or a former leader who condemns "the deal" or
"the move" (the act is named only by a noun that refers back to it) judges his own government's act
wherever the story is set: a commentary on a deal between two states quotes each side's critics of its
own government. The words are in ``coding/data/home_reference.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

HOME_REFERENCE = declare(
    "target",
    "home-reference",
    "a legislator's, the opposition's or a former leader's criticism or rejection of an act named only by "
    "a noun referring back to it ('the deal', 'the move'), with no other state in its sentence, is aimed "
    "at the critic's own country, wherever the story is set",
    "TEHRAN - Iran and Oman signed a border treaty. An opposition leader in Muscat called the deal a "
    "surrender.",
)
_FILE = "coding/data/home_reference.toml"
# Roots of the verdicts: criticism (11) and rejection (12).
_VERDICT_ROOTS = ("11", "12")
# Dependency labels of the verdict's object ("denounced THE MOVE", "called THE DEAL a surrender").
_OBJECT_DEPS = frozenset({"dobj", "nsubj", "oprd"})


@dataclass(frozen=True, slots=True)
class ReferenceWords:
    """``coding/data/home_reference.toml``."""

    home_roles: frozenset[str]
    reference_nouns: frozenset[str]
    reference_determiners: frozenset[str]


@functools.lru_cache(maxsize=1)
def reference_words() -> ReferenceWords:
    """The home roles, referring nouns and determiners, checked: every key present, each a list of words."""
    return word_table(ReferenceWords, _FILE)


def home_reference(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether ``d`` is a home voice's verdict on a referred act naming no other state in its sentence."""
    words = reference_words()
    if d.source.role not in words.home_roles or not d.code.startswith(_VERDICT_ROOTS):
        return False
    if not any(_refers_back(c, words) for c in doccache.children(d.token) if c.dep_ in _OBJECT_DEPS):
        return False
    sent = d.sent
    return not any(
        m.names_party and m.iso3 not in (None, own) and sent.start <= m.start < sent.end
        for m in actors.mentions
    )


def home_retarget(d: Draft) -> Draft | None:
    """``d`` aimed at its source's own country when it is a home voice's verdict on a referred act (read
    before ``referred`` aims it at the referred act's maker), else None."""
    actors: DocActors | None = d.token.doc._.ne_actors
    own = d.source.country
    if actors is None or own is None or not home_reference(d, actors, own):
        return None
    if d.target is not None and d.target.country == own:
        return None
    return d.step(HOME_REFERENCE, target=country_actor(actors, own))


def _refers_back(noun: Token, words: ReferenceWords) -> bool:
    """Whether ``noun`` is a referring noun under a referring determiner ("the deal", "this move")."""
    if noun.lemma_.casefold() not in words.reference_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ in words.reference_determiners for c in doccache.children(noun))
