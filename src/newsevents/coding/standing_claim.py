"""A place described by the quarrel over it: "Hans Island, a barren rock that the two countries have
disputed for half a century", "the islets Seoul and Tokyo both claim", "the contested valley both armies
claim".

A verb of claiming or disputing in a relative clause (or a participle) on a piece of land or water says
what the place is, the object of a standing quarrel, not what a party did on the story's day: the story's
acts (a ruling, a handover, a protest) are coded by their own triggers (corpus/README.md: one gold event
per real event). A claim or a dispute told as a clause of its own ("Quito disputed the ruling") is left
alone. Read by the modality stage through ``coding/unasserted.py``; the words are in
``coding/data/standing_claim.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

STANDING_CLAIM = declare(
    "modality",
    "standing-claim",
    "a verb of claiming or disputing in a clause on a piece of land or water ('a rock the two countries "
    "have disputed for decades') describes the place by a standing quarrel, no act of the story",
    "Ottawa and Copenhagen split the island, a barren rock that both have disputed since 1973.",
)
_FILE = "coding/data/standing_claim.toml"
# Links of a clause that describes the noun it hangs from.
_DESCRIBING = frozenset({"relcl", "acl"})
# Entity kinds of a named place.
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class StandingClaimWords:
    """``coding/data/standing_claim.toml``."""

    claim_verbs: frozenset[str]
    place_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def standing_claim_words() -> StandingClaimWords:
    """The claim verbs and place nouns, checked: every key present, each a list of words."""
    return word_table(StandingClaimWords, _FILE)


def standing_claim(tok: Token) -> str | None:
    """STANDING_CLAIM when ``tok`` is a verb of claiming in a clause describing a place; else None."""
    words = standing_claim_words()
    if tok.pos_ != "VERB" or tok.lemma_.casefold() not in words.claim_verbs:
        return None
    if tok.dep_ not in _DESCRIBING or tok.head.i == tok.i:
        return None
    noun = tok.head
    if noun.lemma_.casefold() in words.place_nouns or noun.ent_type_ in _PLACE_ENTITIES:
        return STANDING_CLAIM
    return None
