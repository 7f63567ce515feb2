"""Refusals told by a plain negation: "France does not recognise the new authorities", "the junta did not
accept the council's resolution". A negated act is no event ("did not recall its envoy"), and only a negated
future or ability ("will not extradite") reads as a refusal (modality.py's ``refusal``); but withholding
recognition or acceptance of something is itself the act, in the present or the past: a rejection (CAMEO
12) of the object, not a denial of having done something. The verbs are in
``coding/data/negated_refusals.toml``; the modality stage asks this module when a clause is negated.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

NEGATED_REFUSAL = declare(
    "code",
    "negated-refusal",
    "not recognising or not accepting something, in any tense ('does not recognise the junta'), is a "
    "rejection of it (12), not an act that did not happen",
    "Lisbon does not recognise the new authorities in the capital.",
)
_FILE = "coding/data/negated_refusals.toml"
# Dependencies of the thing refused: a direct object, or a clause ("did not accept that the vote was fair").
_OBJECT_DEPS = frozenset({"dobj", "ccomp"})


@dataclass(frozen=True, slots=True)
class NegatedRefusalWords:
    """``coding/data/negated_refusals.toml``."""

    refusal_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def negated_refusal_words() -> NegatedRefusalWords:
    """The verbs whose negation refuses, checked: every key present, each a list of words."""
    return word_table(NegatedRefusalWords, _FILE)


def refused_by_negation(tok: Token) -> bool:
    """Whether ``tok``, a negated verb (the caller checks the negation), refuses its object: a refusal verb
    with a thing refused ("does not recognise THE COUNT"); a bare "did not accept" names nothing refused."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.casefold() not in negated_refusal_words().refusal_verbs:
        return False
    return any(c.dep_ in _OBJECT_DEPS for c in doccache.children(tok))
