"""A measure named as what a party broke or acted under: "said the shipment broke U.N.
sanctions on Peru", "seized the cargo under the embargo on Peru", "in violation of the arms ban".

Such a sanctions, embargo or ban noun refers to a measure already in force: it is the frame of the act
the sentence tells (a breach, a seizure, an accusation), not its imposition, which the story tells, if
at all, where it happened. The noun is dropped as a trigger; the act around it is coded by its own
trigger. Read by the modality stage through ``coding/unasserted.py``; the words are in
``coding/data/standing_measure.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

STANDING_MEASURE = declare(
    "modality",
    "standing-measure",
    "a sanctions, embargo or ban noun that is what a party broke or evaded, or the frame of an act "
    "('under the sanctions', 'despite the embargo', 'in violation of the ban'), is a measure in force, no "
    "imposition told by the story",
    "Lima said the freighter had broken U.N. sanctions on Peru.",
)
_FILE = "coding/data/standing_measure.toml"
# Links from a measure noun to the word that governs it as an object.
_OBJECT_LINKS = frozenset({"dobj", "pobj"})
# Links of a compound or apposed noun that stands for the measure's own head ("U.N. arms EMBARGO").
_SAME_NOUN = frozenset({"compound", "conj"})


@dataclass(frozen=True, slots=True)
class StandingMeasureWords:
    """``coding/data/standing_measure.toml``."""

    measure_nouns: frozenset[str]
    breaking_verbs: frozenset[str]
    frame_prepositions: frozenset[str]
    breach_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def standing_measure_words() -> StandingMeasureWords:
    """The measure, breaking and frame words, checked: every key present, each a list of words."""
    return word_table(StandingMeasureWords, _FILE)


def standing_measure(tok: Token) -> str | None:
    """STANDING_MEASURE when the measure noun ``tok`` is broken, evaded or the frame of another act."""
    words = standing_measure_words()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.casefold() not in words.measure_nouns:
        return None
    noun = tok
    while noun.dep_ in _SAME_NOUN and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in _OBJECT_LINKS:
        return None
    governor = noun.head
    if noun.dep_ == "dobj":
        return STANDING_MEASURE if governor.lemma_.casefold() in words.breaking_verbs else None
    if governor.lower_ in words.frame_prepositions:
        return STANDING_MEASURE
    if governor.lower_ == "of" and governor.head.lemma_.casefold() in words.breach_nouns:
        return STANDING_MEASURE
    return None
