"""A claim called false is denied: "Hanoi called the report a fabrication", "branded the accusations lies".

"Called X Y" is a judgement coded by the tone of Y (coding/judgement.py): blame makes it a criticism (111).
When X is another party's claim, report or accusation and Y says it is untrue, the speaker denies the claim
(016), as "rejected the accusation as baseless" already does (README: an accusation so rejected stays a
denial). Words: ``claim_nouns`` in ``coding/data/unasserted.toml``, ``untrue_words`` in
``coding/data/false_claim.toml`` (words of scorn, "absurd", stay with the tone).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsevents.coding.resources import word_table
from newsevents.coding.unasserted import unasserted_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FalseClaimWords", "called_false", "false_claim_words"]


@dataclass(frozen=True, slots=True)
class FalseClaimWords:
    """``coding/data/false_claim.toml``."""

    untrue_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def false_claim_words() -> FalseClaimWords:
    """The words of ``coding/data/false_claim.toml``, checked."""
    return word_table(FalseClaimWords, "coding/data/false_claim.toml")


def called_false(verb: Token, judged: Token, complement: Iterable[Token]) -> bool:
    """Whether ``judged`` is a claim noun ("the report") and the ``complement`` it is called by says it is
    untrue ("a fabrication", "lies", "baseless"), not merely scorned ("absurd"), by a finite ``verb``: a
    participle beside another act ("recalled its envoy, CALLING the accusation baseless") stays a
    criticism of its own (coding/judged_claim.py)."""
    if verb.tag_ == "VBG" or judged.lemma_.casefold() not in unasserted_words().claim_nouns:
        return False
    untrue = false_claim_words().untrue_words
    return any(t.lemma_.casefold() in untrue for t in complement)
