"""Acts told as the manner of a party's reply take the replying party as their maker.

"Lima responded with air strikes on the camps", "Kyiv hit back with drone attacks on the depot": the
strikes are Lima's. The event noun is the object of a "with" phrase of a verb of answering, names nobody
itself, and the verb (no event of its own: "respond" alone is none) has the subject that made it, as a
light verb lends its subject to its event noun ("staged a strike"). The verbs are in
``coding/data/replied_with.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

__all__ = ["REPLIED_WITH", "RepliedWithWords", "replied_with_words", "reply_verb"]

REPLIED_WITH = declare(
    "source",
    "replied-with",
    "an event noun in the 'with' phrase of a verb of answering is the act of the verb's subject",
    "Lima responded with air strikes on rebel camps across the border.",
)
# Particles that make a phrasal verb of answering with the verb ("hit BACK", "struck BACK").
_PARTICLE_DEPS = frozenset({"prt", "advmod"})


@dataclass(frozen=True, slots=True)
class RepliedWithWords:
    """The word lists of ``coding/data/replied_with.toml``."""

    verbs: frozenset[str]
    prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def replied_with_words() -> RepliedWithWords:
    """The packaged table (read once per process)."""
    return word_table(RepliedWithWords, "coding/data/replied_with.toml")


def _lemmas(verb: Token) -> tuple[str, ...]:
    """The verb's lemma, and with each particle after it ("hit back")."""
    lemma = verb.lemma_.casefold()
    particles = [c.lower_ for c in doccache.children(verb) if c.dep_ in _PARTICLE_DEPS and c.i > verb.i]
    return (lemma, *(f"{lemma} {p}" for p in particles))


def reply_verb(tok: Token) -> Token | None:
    """The verb of answering whose "with" phrase ``tok`` (an event noun) is: "responded WITH strikes"; None
    when there is none. Only an active verb: "the protest was met with tear gas" has no replying subject."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == tok.i:
        return None
    words = replied_with_words()
    verb = prep.head
    if prep.lower_ not in words.prepositions or verb.pos_ != "VERB" or verb.i == prep.i:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in doccache.children(verb)):
        return None
    return verb if any(lemma in words.verbs for lemma in _lemmas(verb)) else None
