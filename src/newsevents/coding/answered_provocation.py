"""A speaker's side said to answer another party's provocation charges that party with it: "Baku said its
troops had responded to provocations by Armenian units", "Ankara said the ship answered a Greek
provocation" are Baku's and Ankara's accusations (CAMEO 112) of the Armenians and the Greeks.

The reported clause tells the speaker's own reply; its charge is in a noun of blame (``provocation``,
``aggression``) the reply answers, with its party named by a name's adjective or a "by" phrase. The small
model hangs that "by" on the verb of reply as often as on the noun, so both are read. No verb of blame is
there for a pattern, and the judgement rules read only copulas. Kept narrow: the clause neither negated nor
hedged, the blame noun the reply's own object, and its party named in its own words (``pointed_blame``'s
``named_phrase``). Words: ``data/answered_provocation.toml``; ``judgement._reported`` calls this.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.pointed_blame import named_phrase
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

ANSWERED_PROVOCATION = declare(
    "trigger",
    "answered-provocation",
    "a speaker saying its side answered a named party's provocation ('said its troops responded to "
    "provocations by Armenian units') accuses that party (112)",
    "Baku said its troops had responded to provocations by Armenian units.",
)
_FILE = "coding/data/answered_provocation.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"


@dataclass(frozen=True, slots=True)
class ProvocationWords:
    """``coding/data/answered_provocation.toml``."""

    response_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    object_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def provocation_words() -> ProvocationWords:
    """The verbs, nouns and prepositions of the rule (``word_table`` checks every key)."""
    return word_table(ProvocationWords, _FILE)


def answered_provocation(tok: Token, clause: Token) -> Trigger | None:
    """The accusation a reporting verb ``tok`` makes when its reported ``clause`` tells a reply to a
    named party's provocation; its target is the party's phrase."""
    words = provocation_words()
    if clause.lemma_.casefold() not in words.response_verbs or doccache.negated(clause):
        return None
    if any(c.tag_ == "MD" for c in doccache.children(clause)):
        return None  # ("would respond to any provocation": a warning, not a charge)
    noun = _blame_noun(clause, words)
    if noun is None:
        return None
    party = _provoker(noun, words) or _provoker(clause, words)
    if party is None:
        named = [c for c in doccache.children(noun) if c.dep_ == "amod"]
        party = noun if any(c.text[:1].isupper() for c in named) else None  # ("a GREEK provocation")
    if party is None:
        return None
    note = "a reply to a named party's provocation: an accusation of that party"
    pattern = construction("ne.answered-provocation", _ACCUSE, tok, note)
    steps = (ANSWERED_PROVOCATION,)
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(party,), steps=steps)


def _blame_noun(clause: Token, words: ProvocationWords) -> Token | None:
    """The reply's object when a noun of blame: "answered a PROVOCATION", "responded to PROVOCATIONS"."""
    for c in doccache.children(clause):
        objs = [c] if c.dep_ == "dobj" else []
        if c.dep_ == "prep" and c.lower_ in words.object_prepositions:
            objs = [o for o in doccache.children(c) if o.dep_ == "pobj"]
        for obj in objs:
            if obj.lemma_.casefold() in words.blame_nouns:
                return obj
    return None


def _provoker(head: Token, words: ProvocationWords) -> Token | None:
    """The named party of a "by" phrase on ``head``: "provocations BY Armenian units"."""
    for prep in doccache.children(head):
        if prep.dep_ == "prep" and prep.lower_ in words.agent_prepositions:
            obj = next((c for c in doccache.children(prep) if c.dep_ == "pobj"), None)
            if obj is not None and named_phrase(obj):
                return obj
    return None
