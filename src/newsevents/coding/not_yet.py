"""Acts still to come: "Hungary has yet to ratify the treaty", "the aid is yet to arrive" say the act has
not happened, as "failed to" does (modality reading FAILED): no event."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# The verbs that carry "yet to" ("HAS yet to ratify", "IS yet to arrive") and the adverb itself.
_CARRIERS = frozenset({"have", "be"})
_YET = "yet"


def not_yet(gov: Token) -> bool:
    """Whether ``gov`` is a "have/be yet to" governor of its infinitive."""
    return gov.lemma_.casefold() in _CARRIERS and any(
        c.dep_ == "advmod" and c.lower_ == _YET for c in doccache.children(gov)
    )
