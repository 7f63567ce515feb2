"""A toll counted since a day or an event: "more than 800 people have been killed since the vote", "26
people had been killed since Tuesday", "dozens of soldiers have been killed since the fighting began".

A perfect passive of killing with no agent, told with a "since" phrase or clause, sums the dead of weeks
or months: it is no act of the country they died in, which is what the dateline or the reporter would
make its source (corpus/README.md: one gold event per real event, actors are parties). The acts the toll
counts are coded on their own words (the clashes, the crackdown). A killing with a "by" agent ("killed
by soldiers since May"), with its occasion named ("killed in the shelling since Thursday": coding/
bare_injury.py's occasion words) or told actively ("police have killed ten protesters since") stays.
Read by the modality stage through ``coding/unasserted.py``; the words are in ``coding/data/since_toll.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.bare_injury import bare_injury_words, names_occasion
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

SINCE_TOLL = declare(
    "modality",
    "since-toll",
    "people told as killed since a day or an event in a perfect passive with no agent and no occasion "
    "named ('300 people have been killed since the vote') are a counted toll, no act of a party",
    "At least forty people have been killed since the election, the human rights group said.",
)
_FILE = "coding/data/since_toll.toml"


@dataclass(frozen=True, slots=True)
class SinceTollWords:
    """``coding/data/since_toll.toml``."""

    toll_verbs: frozenset[str]
    span_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def since_toll_words() -> SinceTollWords:
    """The killing and span words, checked: every key present, each a list of words."""
    return word_table(SinceTollWords, _FILE)


def since_toll(tok: Token) -> str | None:
    """SINCE_TOLL when ``tok`` is a perfect passive of killing with no agent, no occasion named and a
    "since" phrase or clause, else None."""
    words = since_toll_words()
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.lemma_.casefold() not in words.toll_verbs:
        return None
    if not syntax.is_passive(tok):
        return None
    children = doccache.children(tok)
    # "have been killed": the perfect is what makes the "since" span a sum, not a date
    if not any(c.dep_ == "aux" and c.lemma_.casefold() == "have" for c in children):
        return None
    if any(c.dep_ == "agent" for c in children):
        return None
    occasions = bare_injury_words()
    if any(names_occasion(c, occasions) for c in children):
        return None
    return SINCE_TOLL if any(_span(c, words) for c in children) else None


def _span(child: Token, words: SinceTollWords) -> bool:
    """Whether ``child`` is a "since" phrase ("since Tuesday") or clause ("since the fighting began")."""
    if child.dep_ == "prep":
        return child.lower_ in words.span_words
    if child.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in words.span_words for m in doccache.children(child))
    return False
