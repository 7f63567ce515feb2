"""An act told again as one of a run of its kind: "Ruritania's navy detained twelve fishermen on Sunday,
the latest in a series of arrests off the coast". Wires close the lead with "the latest in a series (a
string, a spate) of" and a plural noun of the act's kind; the noun names no act of its own, yet the
trigger stage codes it as one, with parties guessed from the dateline or the article (often the main
act's pair reversed).

Read by selection's merging through ``retold.folded_step``: a draft whose noun is the object of "of" on a
noun of ``coding/data/series_of.toml``'s ``series_nouns``, itself under "in" on a word of ``places`` that
hangs on another draft's verb or a verb coordinated with it (npadvmod, apposition, adverb or object),
folds into that draft when both have the same CAMEO root, whatever countries the noun was given; merging
keeps the better of the two readings.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

SERIES_OF = declare(
    "select",
    "series-of",
    "a noun of the act's kind in 'the latest in a series of ...' set beside the main verb of the same root "
    "is that act placed in a run of its kind, not a second act: one record",
    "Ruritania's navy detained twelve fishermen on Sunday, the latest in a series of arrests off the coast.",
)
_FILE = "coding/data/series_of.toml"
# How the word that places the act in the run hangs on the main verb: "detained ..., the latest in ..."
# (the parser makes it an adverbial noun, an apposition, an adverb, or after a long object the verb's
# object).
_PLACE_DEPS = frozenset({"npadvmod", "appos", "advmod", "dobj"})


@dataclass(frozen=True, slots=True)
class SeriesWords:
    """``coding/data/series_of.toml``."""

    series_nouns: frozenset[str]
    places: frozenset[str]


@functools.lru_cache(maxsize=1)
def series_words() -> SeriesWords:
    """The words, checked: every key present, each a list of words."""
    return word_table(SeriesWords, _FILE)


def series_step(a: Draft, b: Draft) -> str | None:
    """SERIES_OF when one draft's noun names the run of acts in which the other draft's verb is placed,
    both with the same CAMEO root; else None."""
    if a.code[:2] != b.code[:2]:
        return None
    for told, main in ((a, b), (b, a)):
        verb = _placed_on(told.token)
        if verb is not None and _same_clause(verb, main.token):
            return SERIES_OF
    return None


def _placed_on(noun: Token) -> Token | None:
    """The verb that 'the latest in a series of NOUN' hangs on, or None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    words = series_words()
    series = noun.head.head
    if series.lemma_.casefold() not in words.series_nouns or series.dep_ != "pobj":
        return None
    if series.head.lower_ != "in":
        return None
    place = series.head.head
    if place.lower_ not in words.places:
        return None
    verb = place.head
    return verb if place.dep_ in _PLACE_DEPS and verb.pos_ in ("VERB", "AUX") else None


def _same_clause(verb: Token, main: Token) -> bool:
    """Whether ``verb`` is ``main`` or a verb coordinated with it ("arrested ... and seized ..., the
    latest in ...": the phrase may hang on either)."""
    if verb.i == main.i:
        return True
    return (verb.dep_ == "conj" and verb.head.i == main.i) or (main.dep_ == "conj" and main.head.i == verb.i)
