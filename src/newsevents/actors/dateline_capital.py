""""The capital" in a story filed from a capital is that city: "KABUL - British troops patrolled the
capital" is Kabul, Afghanistan's, not the country named last before it (Britain). A dateline is where the
reporter stands, and a bare "the capital" with no "of X" on it is the city the story is told from when
that city is a national capital (``countries.tsv``: kind ``capital``). Only the bare phrase: a possessor,
an adjective or an apposition names its own ("the emirate's capital", "the regional capital, X"). A
dateline in a town that is no capital says nothing of which capital is meant, and the usual reading (the
country named before) stands. Read by ``coref.coref_country`` after the phrase's own "of/in X".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["dateline_capital"]

_CAPITAL_NOUN = "capital"


def dateline_capital(actors: DocActors, head: Token) -> str | None:
    """The country whose capital the dateline names, for a phrase headed by "capital"; else None."""
    line = actors.dateline
    if head.lower_ != _CAPITAL_NOUN or line is None or line.official:
        return None
    # (only the bare phrase: "the emirate's capital", "the regional capital, X" name their own)
    if any(c.dep_ != "det" for c in doccache.children(head)) or head.dep_ == "appos":
        return None
    place = line.place.casefold()
    for iso3, kind, phrase in actors.resolver.dictionary.countries():
        if kind == "capital" and phrase.casefold() == place:
            return iso3
    return None
