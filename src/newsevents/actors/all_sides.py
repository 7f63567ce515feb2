""""All parties", "all sides" told to do something in a story of one country's conflict: that country.

A council, a mediator or a foreign government often speaks to every party of a war at once: "the council
demanded that all parties lay down their arms", "the envoy urged all sides to return to talks". The phrase
names no party, so the appeal or demand it receives had no target and was lost. By ``corpus/README.md``
("words to both sides") such words to the sides of one country's war have that country for their target,
and a null target (the sides of a war between states) accepts any. So "all <sides noun>" (``pair-sides``
in ``actors/data/words.tsv``) that is spoken to, the object of a verb or the subject of a clause a verb of
demand governs, is the story's main country, unless that is the speaker's own country (a government's
words to all parties at home name nobody new) or the phrase names its own place ("all sides in Darfur").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["all_sides"]

# The word that makes a sides noun every party at once ("all parties", "all the warring sides").
_ALL = "all"
# Where a phrase spoken to stands: a verb's object ("urged all sides"), a preposition's object ("called on
# all parties"), or the subject of a clause a verb of demand governs ("demanded that all parties
# withdraw", ``demand-verbs`` in ``actors/data/words.tsv``; "hoped all sides would talk" only wishes).
_SPOKEN_TO_DEPS = frozenset({"dobj", "dative", "pobj"})
_GOVERNED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def all_sides(
    actors: DocActors, head: Token, tokens: list[Token], speaker: set[int], day: dt.date | None
) -> list[Actor]:
    """The story's main country for "all parties"/"all sides" spoken to, when the phrase names no place
    of its own and the main country is not the speaker's; none otherwise."""
    words = packaged_words()
    if head.lemma_.casefold() not in words.pair_sides or not any(t.lower_ == _ALL for t in tokens):
        return []
    clause = head.head
    demanded = clause.dep_ in _GOVERNED_CLAUSE_DEPS and clause.head.lemma_.casefold() in words.demand_verbs
    spoken_to = head.dep_ in _SPOKEN_TO_DEPS or (head.dep_ == "nsubj" and demanded)
    main = actors.main_country
    if not spoken_to or main is None:
        return []
    inside = {t.i for t in tokens} | {t.i for t in doccache.subtree(head)}
    if any(actors.doc[i].pos_ == "PROPN" for i in inside):
        return []  # ("all sides in Darfur": a place of its own, read by the phrase's own rules)
    spoken: set[str] = set()
    for m in actors.mentions:
        if m.start in inside:
            return []  # ("all Libyan parties": the phrase's own rules place it)
        if m.start in speaker:
            spoken |= {a.country for a in actors.resolve_phrase(actors.doc[m.end - 1], day) if a.country}
    return [] if main in spoken else [country_actor(actors, main)]
